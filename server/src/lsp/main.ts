/**
 * Entry point of the language server process. The transport comes from the command line, as
 * for any vscode-languageserver: --stdio, --node-ipc or --socket=<port>.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { withCanonicalUris } from './uris';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('Usage: poc-studio-language-server --stdio | --node-ipc | --socket=<port>\n');
    process.exit(0);
  }
  // Default to stdio, which every LSP client supports.
  process.argv.push('--stdio');
}

// File URIs from the client get one spelling (uris.ts) before any handler sees them.
startServer(withCanonicalUris(createConnection(ProposedFeatures.all)));
