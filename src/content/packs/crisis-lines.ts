import type { Locale, Region } from '../../context/clinic-context.js';

/**
 * The built-in crisis and emergency lines, from the project's checked facts
 * (`shared/facts/crisis-lines.md`). Numbers keep their usual spacing for display;
 * links use `dialable()`. A clinic replaces them with its own JSON (`crisisLinesSchema`);
 * `crisisLinesFor()` reads them in one locale.
 */

type Bilingual = Record<Locale, string>;

export interface PackLine {
  name: Bilingual;
  call?: string;
  text?: string;
  url?: string;
  hours?: Bilingual;
}

export interface PackRegion {
  emergency: string[];
  lines: PackLine[];
  note?: Bilingual;
}

const allDay: Bilingual = { en: '24/7', fr: '24 h sur 24, 7 jours sur 7' };
const allDayFree: Bilingual = { en: '24/7, free', fr: '24 h sur 24, 7 jours sur 7, gratuit' };

const samaritans: PackLine = {
  name: { en: 'Samaritans', fr: 'Samaritans' },
  call: '116 123',
  hours: allDayFree,
};

/** Every region the library knows, plus `none`: the seed's North American message. */
export const crisisLinesPack: Record<Region | 'none', PackRegion> = {
  // The seed's wording: emergency services (no number), and 988 in Canada or the United States.
  none: {
    emergency: [],
    lines: [
      {
        name: {
          en: 'Suicide crisis support in Canada or the United States',
          fr: 'Soutien en cas de crise suicidaire au Canada ou aux États-Unis',
        },
        call: '988',
        text: '988',
        hours: allDay,
      },
    ],
  },
  CA: {
    emergency: ['911'],
    lines: [
      {
        name: {
          en: '988 Suicide Crisis Helpline',
          fr: '9-8-8 : Ligne d’aide en cas de crise de suicide',
        },
        call: '988',
        text: '988',
        hours: {
          en: '24/7, in English and French',
          fr: '24 h sur 24, 7 jours sur 7, en français et en anglais',
        },
      },
    ],
  },
  US: {
    emergency: ['911'],
    lines: [
      {
        name: { en: '988 Suicide & Crisis Lifeline', fr: '988 Suicide & Crisis Lifeline' },
        call: '988',
        text: '988',
        url: 'https://988lifeline.org/',
        hours: {
          en: '24/7; chat on the Lifeline’s site',
          fr: '24 h sur 24, 7 jours sur 7, et clavardage sur le site de la Lifeline',
        },
      },
    ],
  },
  GB: {
    emergency: ['999'],
    lines: [
      samaritans,
      {
        name: {
          en: 'NHS 111, for urgent care that is not an emergency',
          fr: 'NHS 111, pour des soins urgents qui ne sont pas une urgence vitale',
        },
        call: '111',
      },
    ],
  },
  IE: { emergency: ['112', '999'], lines: [samaritans] },
  AU: {
    emergency: ['000'],
    lines: [{ name: { en: 'Lifeline', fr: 'Lifeline' }, call: '13 11 14', hours: allDay }],
  },
  EU: {
    emergency: ['112'],
    lines: [],
    note: {
      en: '112 reaches emergency services in every EU country. No crisis line is common to all EU countries.',
      fr: 'Le 112 joint les services d’urgence dans tous les pays de l’UE. Aucune ligne de crise n’est commune à tous les pays de l’UE.',
    },
  },
};
