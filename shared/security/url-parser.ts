/**
 * The WHATWG URL parser, for rules that must judge a URL the way the network stack will read it
 * (2130706433, 0x7f.1 and １２７.０.０.１ all become 127.0.0.1). It is a global in Node, browsers and
 * Electron alike, but shared/ is compiled without DOM or Node types, so the fields we read are
 * typed here.
 */
export interface ParsedUrl {
  protocol: string;
  username: string;
  password: string;
  /** Lower-cased; an IPv6 address keeps its brackets, an IPv4 address is dotted decimal. */
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
}

const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

export function parseUrl(input: string): ParsedUrl | null {
  try {
    return new UrlParser(input);
  } catch {
    return null;
  }
}
