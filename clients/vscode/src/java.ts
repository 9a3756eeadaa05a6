// Finds the Java runtime that runs the server: the `dockerfile-ls.java.home` setting, then
// JAVA_HOME, then `java` on PATH; the first one found decides (a setting that points at nothing
// is the user's mistake to hear about, not something to paper over with another Java).
// No `vscode` import here, so the unit tests run in plain Node.
import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const MINIMUM_JAVA = 17;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaFound {
  readonly ok: true;
  readonly java: string;
  readonly version: number;
  readonly source: JavaSource;
}

export interface JavaMissing {
  readonly ok: false;
  /** What went wrong, in words for the user. */
  readonly message: string;
}

export type JavaResult = JavaFound | JavaMissing;

export interface JavaSearch {
  /** The `dockerfile-ls.java.home` setting (empty or undefined when unset). */
  readonly javaHome?: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  /** Runs `java` and returns its major version, or undefined when it does not run. */
  readonly versionOf?: (java: string) => Promise<number | undefined>;
}

const executableName = (platform: NodeJS.Platform) => (platform === 'win32' ? 'java.exe' : 'java');

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) {
      return false;
    }
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `java` on PATH, the way a shell would find it; undefined when there is none. */
export function onPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const path = env.PATH ?? env.Path ?? '';
  for (const dir of path.split(platform === 'win32' ? ';' : delimiter)) {
    if (dir) {
      const candidate = join(dir, executableName(platform));
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/**
 * The major version in the output of `java -XshowSettings:properties -version`
 * (`java.specification.version = 17`, or `1.8` for Java 8); undefined when there is none.
 */
export function parseMajorVersion(output: string): number | undefined {
  const match = /java\.specification\.version\s*=\s*(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}

/** Runs `java -XshowSettings:properties -version` (it prints on stderr) with a time limit. */
export function runVersion(java: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(java, ['-XshowSettings:properties', '-version'], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve(error ? undefined : parseMajorVersion(`${stderr}\n${stdout}`));
    });
  });
}

export async function findJava(search: JavaSearch): Promise<JavaResult> {
  const platform = search.platform ?? process.platform;
  const versionOf = search.versionOf ?? runVersion;
  const name = executableName(platform);
  const setting = search.javaHome?.trim();
  const javaHome = search.env.JAVA_HOME?.trim();
  let candidate: { java: string; source: JavaSource; described: string };
  if (setting) {
    candidate = { java: join(setting, 'bin', name), source: 'setting', described: `dockerfile-ls.java.home (${setting})` };
  } else if (javaHome) {
    candidate = { java: join(javaHome, 'bin', name), source: 'JAVA_HOME', described: `JAVA_HOME (${javaHome})` };
  } else {
    const found = onPath(search.env, platform);
    if (!found) {
      return {
        ok: false,
        message: `The Dockerfile language server needs Java ${MINIMUM_JAVA} or newer, and none was found: ` +
          'set dockerfile-ls.java.home to a Java installation folder, or set JAVA_HOME, or put java on PATH.',
      };
    }
    candidate = { java: found, source: 'PATH', described: `java on PATH (${found})` };
  }
  if (!isExecutable(candidate.java)) {
    return { ok: false, message: `${candidate.described} has no runnable ${join('bin', name)}: point it at a Java ${MINIMUM_JAVA}+ installation folder.` };
  }
  const version = await versionOf(candidate.java);
  if (version === undefined) {
    return { ok: false, message: `${candidate.described}: ${candidate.java} did not run or did not say its version.` };
  }
  if (version < MINIMUM_JAVA) {
    return { ok: false, message: `${candidate.described} is Java ${version}; the Dockerfile language server needs Java ${MINIMUM_JAVA} or newer.` };
  }
  return { ok: true, java: candidate.java, version, source: candidate.source };
}
