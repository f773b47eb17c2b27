/**
 * Text for the Markdown export: whatever a user typed (a 予定's title, a note, a name) reaches the
 * reader as the characters typed, never as markup. CommonMark passes raw HTML through, so a title
 * `<script>` would be live wherever the file is rendered (a wiki, a mail client, a viewer).
 *
 * Every ASCII punctuation character CommonMark or GFM gives a meaning inline gets a backslash
 * (a backslash-escaped punctuation character is always literal in CommonMark); `&` too, so `&lt;`
 * typed by the user is not turned into `<`. A line break would end the list item, heading or table
 * row the text sits in, so it becomes a space.
 */
const MARKUP = /[\\`*_[\]<>&|~#!]/g;

export function markdownText(text: string): string {
  return text.replace(MARKUP, (c) => `\\${c}`).replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
}
