/**
 * What a link to `url` shows: its host as parsed, in punycode for international names
 * (`xn--…`), without `www.`: a reader sees where it really goes.
 */
export function displayHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}
