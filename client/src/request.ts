/**
 * Sends a custom request of server/src/protocol.ts: the method, parameters and result types come
 * from the one declaration the server registers (never a method string and a hand-written result
 * type here).
 */
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RequestType } from '../../server/src/protocol';

export function send<P, R>(client: LanguageClient, type: RequestType<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(type.method, params);
}
