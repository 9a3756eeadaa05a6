// Puts the server jar into the extension (server/dockerfile-ls.jar), from the Maven build at
// the repository root; fails with the command to run when it has not been built.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const jar = join(here, '..', '..', '..', 'server', 'target', 'dockerfile-ls.jar');
if (!existsSync(jar)) {
  console.error(`${jar} is missing: build it first with \`mvn -B -q package -DskipTests\` at the repository root.`);
  process.exit(1);
}
mkdirSync(join(here, '..', 'server'), { recursive: true });
copyFileSync(jar, join(here, '..', 'server', 'dockerfile-ls.jar'));
