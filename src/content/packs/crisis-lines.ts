import type { Locale, Region } from '../../context/clinic-context.js';

/**
 * The built-in crisis and emergency lines, from the project's checked facts
 * (`shared/facts/crisis-lines.md`). Numbers keep their usual spacing for display;
 * links use `dialable()`. A clinic replaces them with its own JSON (`crisisLinesSchema`);
 * `crisisLinesFor()` reads them in one locale.
 */

type Bilingual = Record<Locale, string>;

/** Languages a line answers in (ours, and Spanish for the US line). */
export type LineLanguage = Locale | 'es';

export interface PackLine {
  name: Bilingual;
  call?: string;
  text?: string;
  /** The word to text, when the line needs one ("SHOUT" to 85258). */
  keyword?: string;
  url?: string;
  hours?: Bilingual;
  /** Languages the line answers in: a reader in another locale is told which. */
  answersIn?: LineLanguage[];
}

export interface PackRegion {
  emergency: string[];
  lines: PackLine[];
  note?: Bilingual;
  /** No number can be named: the reader is told to call their local emergency number. */
  localEmergency?: boolean;
}

const allDay: Bilingual = { en: '24/7', fr: '24 h sur 24, 7 jours sur 7' };
const allDayFree: Bilingual = { en: '24/7, free', fr: '24 h sur 24, 7 jours sur 7, gratuit' };

const samaritans: PackLine = {
  name: { en: 'Samaritans', fr: 'Samaritans' },
  call: '116 123',
  hours: allDayFree,
  answersIn: ['en'],
};

/**
 * Every region the library knows, plus `none` (no region given: the seed's North American
 * message) and `international` (a region given that is not ours: never 988 as its line).
 */
export const crisisLinesPack: Record<Region | 'none' | 'international', PackRegion> = {
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
  international: {
    emergency: [],
    localEmergency: true,
    lines: [
      {
        name: {
          en: 'Find A Helpline: free helplines in more than 130 countries',
          fr: 'Find A Helpline\u00a0: lignes d’aide gratuites dans plus de 130 pays',
        },
        url: 'https://findahelpline.com/',
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
        answersIn: ['en', 'fr'],
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
        answersIn: ['en', 'es'],
      },
    ],
  },
  GB: {
    emergency: ['999'],
    lines: [
      samaritans,
      {
        name: { en: 'Shout', fr: 'Shout' },
        text: '85258',
        keyword: 'SHOUT',
        hours: allDayFree,
        answersIn: ['en'],
      },
      {
        name: {
          en: 'NHS 111, urgent help: choose the mental health option',
          fr: 'NHS 111, aide urgente\u00a0: choisissez l’option santé mentale',
        },
        call: '111',
        answersIn: ['en'],
      },
    ],
  },
  IE: {
    emergency: ['112', '999'],
    lines: [
      samaritans,
      {
        name: { en: 'Text About It', fr: 'Text About It' },
        text: '50808',
        keyword: 'HELLO',
        hours: allDayFree,
        answersIn: ['en'],
      },
    ],
  },
  AU: {
    emergency: ['000'],
    lines: [
      {
        name: { en: 'Lifeline', fr: 'Lifeline' },
        call: '13 11 14',
        text: '0477 13 11 14',
        hours: allDay,
        answersIn: ['en'],
      },
    ],
  },
  NZ: {
    emergency: ['111'],
    lines: [
      {
        name: { en: 'Need to talk?', fr: 'Need to talk?' },
        call: '1737',
        text: '1737',
        hours: allDayFree,
        answersIn: ['en'],
      },
    ],
  },
  FR: {
    emergency: ['112', '15'],
    lines: [
      {
        name: {
          en: '3114, the national suicide prevention line',
          fr: '3114, numéro national de prévention du suicide',
        },
        call: '3114',
        hours: allDayFree,
        answersIn: ['fr'],
      },
    ],
    note: {
      en: '15 reaches the SAMU, the emergency medical service.',
      fr: 'Le 15 joint le SAMU, le service d’aide médicale urgente.',
    },
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
