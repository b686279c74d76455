/**
 * Runs once per vitest run, before any test file: names the run, so the
 * fixture builds test files share (tests/helpers/shared-build.ts) belong to
 * this run alone and a build made from older sources is never reused.
 */
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): void {
  project.provide('buildRun', `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
}
