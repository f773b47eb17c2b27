/**
 * Decides how a report file's bytes become text, the same way for the window and the command line.
 * The app writes reports as UTF-8; UTF-8 with a BOM and UTF-16 with a BOM (what Windows editors write
 * when a file is re-saved) are read as the same text. Anything else is refused, never guessed:
 * a Shift_JIS/CP932 file means the report was re-saved by hand outside the app, and decoding it
 * "probably right" could put a garbled name in the team's figures. The supervisor asks for the
 * original export instead.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; likely: 'shiftJis' | 'unknown' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeWith(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: false strips the BOM, so every encoding yields the same text.
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Shift_JIS lead bytes (0x81–0x9F, 0xE0–0xFC) each followed by a valid trail byte (0x40–0x7E,
 * 0x80–0xFC): when every byte above 0x7F fits that pattern, Shift_JIS is the likely cause. The trail
 * byte may be 0x5C ('\'), which is why such files used to look like broken JSON rather than SJIS.
 */
function looksShiftJis(bytes: Uint8Array): boolean {
  let pairs = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue; // ASCII or half-width katakana
    const isLead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    const next = bytes[i + 1];
    if (!isLead || next === undefined || next < 0x40 || next === 0x7f || next > 0xfc) return false;
    pairs++;
    i++;
  }
  return pairs > 0;
}

export function decodeReportBytes(bytes: Uint8Array): DecodeResult {
  const [a, b, c] = bytes;
  let text: string | undefined;
  if (a === 0xef && b === 0xbb && c === 0xbf) text = decodeWith('utf-8', bytes);
  else if (a === 0xff && b === 0xfe) text = decodeWith('utf-16le', bytes);
  else if (a === 0xfe && b === 0xff) text = decodeWith('utf-16be', bytes);
  // NUL bytes are valid UTF-8 but never in a JSON report: UTF-16 without a BOM, refused rather than read as broken JSON.
  else if (bytes.includes(0)) return { ok: false, likely: 'unknown' };
  else {
    try {
      text = utf8.decode(bytes);
    } catch {
      text = undefined;
    }
  }
  if (text !== undefined) return { ok: true, text };
  return { ok: false, likely: looksShiftJis(bytes) ? 'shiftJis' : 'unknown' };
}
