// The command line that starts the server; the same JVM flags as the server's own launcher
// script (server/src/main/sh/dockerfile-ls), so the server behaves alike in every editor.
export const BASE_JVM_ARGS: readonly string[] = ['-XX:+UseSerialGC', '-Xss4m', '-Xshare:auto'];

export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
}

/**
 * `java <base flags> <user's JVM args> -jar <jar> --stdio`. Each JVM argument is one setting
 * item, passed as is (no shell, no splitting), and blank items are dropped.
 */
export function serverCommand(java: string, jar: string, jvmArgs: readonly unknown[] | undefined): ServerCommand {
  const extra = (jvmArgs ?? [])
    .filter((arg): arg is string => typeof arg === 'string')
    .map((arg) => arg.trim())
    .filter((arg) => arg.length > 0);
  return { command: java, args: [...BASE_JVM_ARGS, ...extra, '-jar', jar, '--stdio'] };
}
