/**
 * Reads and validates the archive's settings file (content/site.json, or the
 * file named by CLIPPINGS_SITE_FILE, which lets tests build archives in other
 * languages). One line per problem, naming the field and what is expected.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { settingsFrom } from '../settings.ts';

/** The settings file this process builds with, relative to the project root. */
export function siteSettingsFile(env: NodeJS.ProcessEnv = process.env): string {
  return settingsFrom(env).siteFile;
}

/** Problems with a settings file, as the build prints them. */
export class SiteSettingsError extends Error {
  // Fields declared, not parameter properties: Node runs scripts/zim.ts by stripping types only.
  readonly file: string;
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    super(`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'SiteSettingsError';
    this.file = file;
    this.problems = problems;
  }
}

/**
 * Validates settings already parsed from JSON; `file` names them in errors.
 * @example parseSiteSettings({ title: 'A', description: 'B', publisher: 'C' }, 'site.json').lang // 'en'
 */
export function parseSiteSettings(value: unknown, file: string): SiteSettings {
  const result = siteSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw new SiteSettingsError(file, problems);
}

/** Reads, parses and validates a settings file (path relative to `root`). */
export function loadSiteSettings(file = siteSettingsFile(), root = process.cwd()): SiteSettings {
  const path = resolve(root, file);
  const shown = relative(root, path) || file;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SiteSettingsError(shown, [`cannot be read (${(error as Error).message}); create it with title, description, lang and publisher`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SiteSettingsError(shown, [`is not valid JSON: ${(error as Error).message}`]);
  }
  return parseSiteSettings(value, shown);
}
