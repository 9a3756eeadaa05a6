// VS Code front of dockerfile-ls: finds Java, starts the bundled server jar over stdio with
// vscode-languageclient, answers the server's `workspace/configuration` requests with the
// `dockerfile-ls` settings, and offers two commands (restart, show output).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { findJava } from './java';
import { serverCommand } from './launch';
import { RESTART_KEYS, SECTION, toServerSettings } from './settings';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function serverSettingsFor(scope?: vscode.Uri) {
  const config = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  return toServerSettings((key) => config.get(key));
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const java = await findJava({ javaHome: config.get<string | null>('java.home'), env: process.env });
  if (!java.ok) {
    output?.appendLine(java.message);
    const open = 'Open Setting';
    void vscode.window.showErrorMessage(java.message, open).then((choice) => {
      if (choice === open) {
        void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.java.home`);
      }
    });
    return;
  }
  const jar = context.asAbsolutePath(path.join('server', 'dockerfile-ls.jar'));
  const launch = serverCommand(java.java, jar, config.get<unknown[]>('server.jvmArgs'));
  output?.appendLine(`Starting: ${launch.command} ${launch.args.join(' ')} (Java ${java.version}, from ${java.source})`);
  const serverOptions: ServerOptions = { command: launch.command, args: launch.args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'dockerfile', scheme: 'file' },
      { language: 'dockerfile', scheme: 'untitled' },
    ],
    outputChannel: output,
    initializationOptions: { settings: { [SECTION]: serverSettingsFor() } },
    // The client then sends didChangeConfiguration on each change, and the server pulls.
    synchronize: { configurationSection: SECTION },
    middleware: {
      workspace: {
        // The server asks for the `dockerfile-ls` section per document: answer with the
        // server's keys only, resolved for that document's folder.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) =>
            item.section === SECTION
              ? serverSettingsFor(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i]);
        },
      },
    },
  };
  client = new LanguageClient(SECTION, 'Dockerfile Language Server', serverOptions, clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

/** Starts the server; a failure becomes a message with a way to the output, never a stack trace. */
async function startReporting(context: vscode.ExtensionContext): Promise<void> {
  try {
    await start(context);
  } catch (error) {
    const message = `The Dockerfile language server did not start: ${error instanceof Error ? error.message : String(error)}`;
    output?.appendLine(message);
    void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
      if (choice) {
        output?.show(true);
      }
    });
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop().catch((error) => output?.appendLine(`Stopping the server failed: ${String(error)}`));
  await startReporting(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Dockerfile Language Server');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(`${SECTION}.restartServer`, () => restart(context)),
    vscode.commands.registerCommand(`${SECTION}.showOutput`, () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_KEYS.some((key) => event.affectsConfiguration(key))) {
        void restart(context);
      }
    }),
  );
  await startReporting(context);
}

export function deactivate(): Thenable<void> | undefined {
  return stop();
}
