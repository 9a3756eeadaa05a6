// What the server reads from VS Code's `dockerfile-ls` settings section: exactly the keys of
// the server's settings object (settings/SettingsJson.java), nothing of the client's own
// plumbing (java.home, jvmArgs, trace), and nothing the user left unset, so the server's own
// defaults apply.

/** Reads one key of the `dockerfile-ls` section, as `WorkspaceConfiguration.get` does. */
export type SettingsReader = (key: string) => unknown;

export interface ServerSettings {
  rules?: Record<string, string>;
  categories?: Record<string, string>;
  buildContext?: string;
  formatting?: { continuationIndent?: number; ignoreMultilineInstructions?: boolean };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A name-to-level map with its string values only (the server warns about the rest anyway). */
function levels(value: unknown): Record<string, string> | undefined {
  if (!isPlainObject(value)) {
    return undefined;
  }
  const result: Record<string, string> = {};
  for (const [name, level] of Object.entries(value)) {
    if (typeof level === 'string') {
      result[name] = level;
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

export function toServerSettings(get: SettingsReader): ServerSettings {
  const settings: ServerSettings = {};
  const rules = levels(get('rules'));
  if (rules) {
    settings.rules = rules;
  }
  const categories = levels(get('categories'));
  if (categories) {
    settings.categories = categories;
  }
  const buildContext = get('buildContext');
  if (typeof buildContext === 'string' && buildContext.trim() !== '') {
    settings.buildContext = buildContext;
  }
  const formatting: NonNullable<ServerSettings['formatting']> = {};
  const indent = get('formatting.continuationIndent');
  if (typeof indent === 'number' && Number.isInteger(indent) && indent >= 0) {
    formatting.continuationIndent = indent;
  }
  const ignoreMultiline = get('formatting.ignoreMultilineInstructions');
  if (typeof ignoreMultiline === 'boolean') {
    formatting.ignoreMultilineInstructions = ignoreMultiline;
  }
  if (Object.keys(formatting).length > 0) {
    settings.formatting = formatting;
  }
  return settings;
}

/** The section name the server asks for and reads from its initialization options. */
export const SECTION = 'dockerfile-ls';

/** Settings that, when changed, need a new server process rather than a settings push. */
export const RESTART_KEYS: readonly string[] = [`${SECTION}.java.home`, `${SECTION}.server.jvmArgs`];
