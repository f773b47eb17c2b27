/**
 * Addresses an integration must never be sent to: this PC (loopback, 0.0.0.0), link-local and the
 * cloud metadata services. A webhook aimed there turns the app into a tool against the user —
 * reaching local services that trust loopback callers, or reading a VM's credentials.
 *
 * The input is a host as the WHATWG URL parser leaves it (lower case, IPv4 dotted decimal, IPv6
 * in brackets) or an address a resolver answered; other spellings (decimal, hex, octal) must be
 * normalised by the parser first.
 */

const METADATA_NAMES = new Set(['metadata.google.internal']);
/** AWS/GCP/Azure answer on 169.254.169.254 (link-local, refused anyway); Alibaba Cloud here. */
const METADATA_IPV4 = new Set(['100.100.100.200']);

function ipv4(text: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  const parts = m?.slice(1).map(Number);
  return parts && parts.every((p) => p <= 255) ? parts : null;
}

function isLocalIpv4([a, b]: number[]): boolean {
  return a === 127 || a === 0 || (a === 169 && b === 254);
}

/** Eight 16-bit groups, or null when `text` is not an IPv6 address. */
function ipv6(text: string): number[] | null {
  if (!text.includes(':')) return null;
  let tail: number[] = [];
  let head = text;
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const v4 = ipv4(dotted[2]!);
    if (!v4) return null;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    head = dotted[1]!.endsWith('::') ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0]!);
  const right = halves.length === 2 ? groups(halves[1]!) : [];
  if (![...left, ...right].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const known = left.length + right.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  const zeros: number[] = Array.from({ length: 8 - known }, () => 0);
  return [...left.map((g) => parseInt(g, 16)), ...zeros, ...right.map((g) => parseInt(g, 16)), ...tail];
}

function isLocalIpv6(g: number[]): boolean {
  // ::1, :: (as 0.0.0.1 and 0.0.0.0), IPv4-compatible (::a.b.c.d) and IPv4-mapped
  // (::ffff:a.b.c.d): judge the IPv4 address inside.
  const v4 = embeddedIpv4(g);
  if (v4) return isLocalIpv4(v4) || METADATA_IPV4.has(v4.join('.'));
  // NAT64 (64:ff9b::a.b.c.d) reaches the embedded IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    const inner = [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255];
    return isLocalIpv4(inner) || METADATA_IPV4.has(inner.join('.'));
  }
  if ((g[0]! & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  return g.join(':') === AWS_METADATA_IPV6;
}

/** fd00:ec2::254, the AWS metadata service over IPv6. */
const AWS_METADATA_IPV6 = ipv6('fd00:ec2::254')!.join(':');

/** The IPv4 address an IPv4-mapped or -compatible IPv6 address carries, else null. */
function embeddedIpv4(g: number[]): number[] | null {
  if (!g.slice(0, 5).every((x) => x === 0) || (g[5] !== 0 && g[5] !== 0xffff)) return null;
  return [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255];
}

function bare(host: string): string {
  // Brackets from a URL, a zone id ("fe80::1%eth0") from a resolver, a trailing dot from DNS.
  return host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '').replace(/\.+$/, '');
}

export function isLocalAddress(host: string): boolean {
  const h = bare(host);
  if (h === 'localhost' || h.endsWith('.localhost') || METADATA_NAMES.has(h)) return true;
  const v4 = ipv4(h);
  if (v4) return isLocalIpv4(v4) || METADATA_IPV4.has(h);
  const v6 = ipv6(h);
  return v6 !== null && isLocalIpv6(v6);
}

/** Loopback only (127.0.0.0/8, ::1, and their IPv4-mapped forms). */
export function isLoopbackAddress(host: string): boolean {
  const h = bare(host);
  const v6 = ipv6(h);
  const v4 = ipv4(h) ?? (v6 && embeddedIpv4(v6));
  return h === 'localhost' || v6?.join(':') === '0:0:0:0:0:0:0:1' || v4?.[0] === 127;
}
