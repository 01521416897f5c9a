import { html, nothing } from 'lit';
import {
  dialable,
  shownNumber,
  type CrisisSupport,
  type ShownLine,
} from '../content/crisis-support.js';
import type { BannerStrings } from '../elements/crisis-banner/strings/index.js';
// Websites are checked where they enter (crisisLinesSchema's checkUrl); built-in ones are ours.
import { displayHost } from './display-host.js';

/**
 * The crisis lines as a reader meets them, drawn once for `<crisis-banner>` and for the
 * questionnaire's urgent-help panel: what to do in immediate danger, each line one tap to
 * call or text, the languages a line answers in when they are not the reader's, a note.
 */

export type CrisisStrings = BannerStrings;

function action(scheme: 'tel' | 'sms', number: string, label: string) {
  return html`<a class="action" part="action" href="${scheme}:${dialable(number)}">${label}</a>`;
}

/** Each emergency number, one tap to call: "Call 112 or Call 999". */
export function emergencyActions(t: CrisisStrings, numbers: string[]) {
  return numbers.map(
    (number, i) =>
      html`${i ? html` ${t.or} ` : nothing}${action('tel', number, t.call(shownNumber(number)))}`,
  );
}

/** A line's call, text and website links. */
export function lineActions(t: CrisisStrings, line: ShownLine) {
  const host = line.url ? displayHost(line.url) : '';
  const text = line.text ? shownNumber(line.text) : '';
  return html`${line.call ? action('tel', line.call, t.call(shownNumber(line.call))) : nothing}
  ${line.text ? action('sms', line.text, line.keyword ? t.textWord(line.keyword, text) : t.text(text)) : nothing}
  ${host ? html`<a class="website" part="action" href=${line.url!}>${host}</a>` : nothing}`;
}

/** "in English", when the line does not answer in the reader's language. */
export function lineLanguage(t: CrisisStrings, line: ShownLine): string {
  return line.answersIn ? t.inLanguages(line.answersIn.map((code) => t.languages[code])) : '';
}

/** The immediate-danger sentence, with the emergency numbers when the region has them. */
export function emergencySentence(t: CrisisStrings, support: CrisisSupport) {
  if (support.emergency.length) {
    return html`${t.dangerCall}
      <span class="actions">${emergencyActions(t, support.emergency)}</span>`;
  }
  return support.localEmergency ? t.dangerLocal : t.danger;
}

/** The full view: the danger sentence, every line, and the region's note. */
export function crisisLinesView(t: CrisisStrings, support: CrisisSupport) {
  return html`<p class="emergency" part="emergency">${emergencySentence(t, support)}</p>
    ${
      support.lines.length
        ? html`<ul class="lines" part="lines">
            ${support.lines.map((line) => {
              const about = [line.hours, lineLanguage(t, line)].filter(Boolean).join(', ');
              return html`<li class="line">
                <span class="line-name">${line.name}</span>
                <span class="actions">${lineActions(t, line)}</span>
                ${about ? html`<span class="hours">${about}</span>` : nothing}
              </li>`;
            })}
          </ul>`
        : nothing
    }
    ${support.note ? html`<p class="note">${support.note}</p>` : nothing}`;
}

/** The one-line view: the emergency numbers (or what to call) and each line's links. */
export function crisisCompactView(t: CrisisStrings, support: CrisisSupport) {
  return html`<p class="compact-line">
    <span class="item"
      ><span class="visually-hidden">${t.urgent} </span><strong>${t.compactDanger}</strong> ${
        support.emergency.length
          ? emergencyActions(t, support.emergency)
          : support.localEmergency
            ? t.compactLocal
            : t.compactServices
      }</span
    >
    ${support.lines.map((line) => {
      const language = lineLanguage(t, line);
      return html`<span class="item"
        ><strong>${line.name}</strong>${language ? ` (${language})` : nothing}
        ${lineActions(t, line)}</span
      >`;
    })}
  </p>`;
}
