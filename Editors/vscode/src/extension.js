// Starts `coplan lsp` for .plan files through vscode-languageclient (stdio). Everything else
// (diagnostics, quick fixes, completion, hover, rename, formatting, …) comes from the server.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("coplan").get("server.path") || "coplan";
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient("coplan", "coplan", { run: server, debug: server }, {
    documentSelector: [{ language: "coplan" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.plan,coplan.toml}") },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
