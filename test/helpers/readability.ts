/**
 * Readability figures for plain-language tests. English: Flesch-Kincaid grade. French:
 * Kandel and Moles' reading ease (Flesch's formula refitted for French; 60-70 reads as
 * standard, higher is easier). Syllables are counted by rule, as the usual tools do.
 */

const ENGLISH_VOWELS = /[aeiouy]+/g;
const FRENCH_VOWELS = /[aeiouyàâäéèêëîïôöùûüœæ]+/g;

function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0]!);
  const groups = trimmed.replace(/^y/, '').match(ENGLISH_VOWELS)?.length ?? 0;
  return Math.max(1, groups);
}

function frenchSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöùûüœæç]/g, '');
  if (!w) return 0;
  let groups = w.match(FRENCH_VOWELS)?.length ?? 0;
  // A final mute e (« personne », « celles ») is not spoken.
  if (groups > 1 && /[^aeiouy]es?$/.test(w)) groups -= 1;
  return Math.max(1, groups);
}

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
  longWords: number;
}

/** Sentences end with . ! or ?; numbers are words of two syllables. */
export function counts(text: string, locale: 'en' | 'fr'): TextCounts {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /\w/.test(s)).length;
  // Elisions (« l’alcool ») are two words; hyphenated words are one.
  const tokens = text.match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];
  let syllables = 0;
  let longWords = 0;
  for (const token of tokens) {
    const n = /^\d/.test(token)
      ? 2
      : token
          .split('-')
          .reduce(
            (sum, part) => sum + (locale === 'en' ? englishSyllables : frenchSyllables)(part),
            0,
          );
    syllables += n;
    if (n >= 3) longWords += 1;
  }
  return { sentences, words: tokens.length, syllables, longWords };
}

/** Flesch-Kincaid grade level of English text. */
export function fleschKincaidGrade(text: string): number {
  const c = counts(text, 'en');
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

/** Kandel and Moles' reading ease of French text (higher is easier). */
export function kandelMolesEase(text: string): number {
  const c = counts(text, 'fr');
  return 207 - 1.015 * (c.words / c.sentences) - 73.6 * (c.syllables / c.words);
}

/** Share of words of three syllables or more. */
export function longWordShare(text: string, locale: 'en' | 'fr'): number {
  const c = counts(text, locale);
  return c.longWords / c.words;
}
