/**
 * Brazilian Portuguese: the Portuguese table (pt.ts) as Brazil writes it.
 * The words and spellings that differ are listed here, once; everything else
 * is pt.ts's, so a change there reaches both. “ ” quote, as Brazilian
 * newsrooms do, where Portugal uses « ».
 */
import { ptBR } from 'date-fns/locale/pt-BR';
import type { Messages } from './en.ts';
import { messages as portugal } from './pt.ts';
import type { Message } from '../translate.ts';

/** European Portuguese → Brazilian, applied in order to every message. */
const BRAZILIAN: readonly [RegExp, string][] = [
  [/«/g, '“'],
  [/»/g, '”'],
  [/([Ss])ecç(ão|ões)/g, '$1eç$2'],
  [/ficheiro/g, 'arquivo'],
  [/Etiqueta/g, 'Tag'],
  [/etiqueta/g, 'tag'],
  [/A pesquisar/g, 'Pesquisando'],
  [/A carregar/g, 'Carregando'],
  [/A transferir/g, 'Baixando'],
  [/A transferência/g, 'O download'],
  [/Transferência/g, 'Download'],
  [/Transfere/g, 'Baixa'],
  [/guardad([oa]s?)/g, 'salv$1'],
  [/guardar/g, 'salvar'],
  [/a ligação/g, 'o link'],
  [/Trilho/g, 'Trilha'],
  [/ num /g, ' em um '],
  [/Tente de novo/g, 'Tente novamente'],
];

/** A message in Brazil's words. */
function brazilian(message: Message): Message {
  const convert = (text: string) => BRAZILIAN.reduce((out, [from, to]) => out.replace(from, to), text);
  return typeof message === 'string'
    ? convert(message)
    : (Object.fromEntries(Object.entries(message).map(([form, text]) => [form, convert(text)])) as Message);
}

export const messages = Object.fromEntries(
  Object.entries(portugal).map(([key, message]) => [key, brazilian(message)]),
) as Messages;

export const dateLocale = ptBR;
