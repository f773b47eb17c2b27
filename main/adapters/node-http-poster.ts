/**
 * HttpPoster on Node's http/https, with a hard timeout, no cookies and no redirects (a 3xx is just
 * a status, never followed).
 *
 * It checks the address it actually connects to. The webhook rules judge the URL's host, but a
 * name can resolve to 127.0.0.1 (localtest.me, an /etc/hosts entry, DNS rebinding between the
 * check and the connection); so the resolver's answer goes through the same local-address rule
 * inside the socket's own `lookup`, the one the connection then uses. Node's fetch offers no such
 * hook, hence http/https here.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isLocalAddress, isLoopbackAddress } from '../../shared/security/local-address.js';
import { HttpTimeoutError, type HttpPoster } from '../ports/http-poster.js';

export class LocalAddressError extends Error {
  readonly code = 'ERR_LOCAL_ADDRESS';
  constructor(host: string, address: string) {
    super(`${host} is (or resolves to) ${address}, a local, link-local or metadata address`);
    this.name = 'LocalAddressError';
  }
}

/** dns.lookup with `all: true`: every address the name has. */
export type ResolveAll = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

const systemResolveAll: ResolveAll = (hostname, options, callback) => dns.lookup(hostname, options, callback);

export interface NodeHttpPosterOptions {
  /** The resolver (tests give names their own addresses; the shells use the system's). */
  resolveAll?: ResolveAll;
  /**
   * Tests only: lets the poster reach a test server on 127.0.0.1 (link-local and metadata stay
   * refused). Nothing in settings, IPC or the shells sets it; the shells call
   * createNodeHttpPoster() without options.
   */
  allowLoopbackForTests?: boolean;
}

export function createNodeHttpPoster(options: NodeHttpPosterOptions = {}): HttpPoster {
  const refused = (address: string) => isLocalAddress(address) && !(options.allowLoopbackForTests && isLoopbackAddress(address));

  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    (options.resolveAll ?? systemResolveAll)(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const bad = addresses.find((a) => refused(a.address));
      if (bad) return callback(new LocalAddressError(hostname, bad.address), '');
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if (lookupOptions.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

  return {
    post(url, json, timeoutMs) {
      return new Promise<number>((resolve, reject) => {
        const target = new URL(url);
        if (target.protocol !== 'https:' && target.protocol !== 'http:') return reject(new Error(`${target.protocol} is not http(s)`));
        // An address literal is never looked up, so judge it here.
        if (refused(target.hostname)) return reject(new LocalAddressError(target.hostname, target.hostname));
        const body = Buffer.from(JSON.stringify(json), 'utf8');
        const request = (target.protocol === 'https:' ? https : http).request(
          target,
          {
            method: 'POST',
            headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length },
            lookup: guardedLookup,
            agent: false, // a fresh connection each time: no socket reused past the address check
          },
          (response) => {
            clearTimeout(timer);
            // Only the status matters; do not read (or wait for) whatever body the endpoint sends.
            response.destroy();
            resolve(response.statusCode ?? 0);
          },
        );
        const timer = setTimeout(() => request.destroy(new HttpTimeoutError()), timeoutMs);
        request.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        request.end(body);
      });
    },
  };
}
