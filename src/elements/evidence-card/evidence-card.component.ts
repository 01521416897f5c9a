import type { Locale } from '../../context/clinic-context.js';
import { html, noChange, nothing, svg } from 'lit';
import { ContentController, hasOwnContent } from '../../content/content-controller.js';
import { packContent, packPending } from '../../content/lazy.js';
import type {
  Evidence,
  EvidenceArm,
  EvidenceChart,
  EvidenceComparison,
  EvidenceStudy,
  EvidenceSubstance,
} from '../../content/evidence.js';
import { STRENGTHS, type Strength } from '../../content/evidence-strengths.js';
import { evidencePack } from '../../content/pack-loaders.js';
// Source links are checked where they enter (evidenceSchema's checkUrl); built-in ones are ours.
import { formatNumber } from '../../i18n/numbers.js';
import { displayHost } from '../../internal/display-host.js';
import { ClinicElement, commonPreload } from '../../internal/clinic-element.js';
import { externalLink, externalLinkStyles } from '../../internal/external-link.js';
import { heading, headingLevel } from '../../internal/heading-level.js';
import {
  SourceCitations,
  sourceNumberStyles,
} from '../../internal/source-links/source-citations.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './evidence-card.styles.js';
import { cardStrings, type CardStrings } from './strings/index.js';

export type EvidenceCardVariant = 'full' | 'compact';

type View =
  | { kind: 'overview' }
  | { kind: 'substance'; substance: EvidenceSubstance; compare: boolean }
  | { kind: 'study'; study: EvidenceStudy };

/**
 * @tagname evidence-card
 * @summary The clinical evidence for ketamine in addiction, by substance: how strong it is
 * (in words and a shape, with a legend), what each trial did and found, its figures as a
 * small chart with a text equivalent, and a citation with a link to each source.
 *
 * With no attribute it shows an overview of every substance, strongest evidence first.
 * `substance` shows one substance's card, `study` one study, and `compare` adds the
 * psilocybin comparison to the alcohol card. A `<script type="application/json">` child
 * (or `src`) replaces the built-in evidence with the clinic's own.
 *
 * @csspart base - The card around everything.
 * @csspart badge - Each strength-of-evidence badge (text and a four-bar shape).
 * @csspart study - Each study.
 * @csspart chart - Each study's comparison chart.
 * @csspart citation - Each study's citation and source link.
 * @csspart legend - The legend explaining the strength levels.
 * @csspart notice - The neutral notice shown when the clinic's evidence could not be used.
 *
 * @cssprop --cw-evidence-bar - Colour of the chart's first bar, the treatment studied (default: `--cw-accent`).
 * @cssprop --cw-evidence-bar-other - Colour of the chart's other bars (default: `--cw-text-muted`).
 *
 * @fires content-error - The clinic's evidence (JSON child or `src`) is unusable; detail `{ source, issues }`. A neutral notice is shown.
 */
export class EvidenceCard extends ClinicElement {
  static override styles = [tokens, base, externalLinkStyles, sourceNumberStyles, styles];

  static override properties = {
    ...ClinicElement.properties,
    substance: {},
    study: {},
    compare: { type: Boolean },
    variant: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
  };

  /** `alcohol`, `cocaine`, `opioids` or `other` (or an id from the clinic's own evidence): that substance's card. */
  declare substance?: string;
  /** A study id such as `dakwar-2020` (listed in the README): that one study. Takes precedence over `substance`. */
  declare study?: string;
  /** Adds the psilocybin comparison to the alcohol card; on its own it shows that card. */
  declare compare: boolean;
  /** `full` (default) or `compact`, for sidebars: the key figures, with details folded away. */
  declare variant: EvidenceCardVariant;
  /** Level of the card's top heading, 1–6; headings inside it follow. Default: one below the page's heading before the card, else 2. */
  declare headingLevel?: number;
  /** Address of a JSON file with the clinic's own evidence (used when there is no JSON child). */
  declare src?: string;

  /**
   * Where the evidence shown came from and whether it is usable.
   * @internal
   */
  readonly content = new ContentController<Evidence>(this, {
    // Loaded only when a clinic gives its own evidence: readers of the built-in pack never fetch zod.
    schema: () => import('../../content/evidence.js').then((m) => m.evidenceSchema),
    // The pack loads in the card's locale when it is first shown, so the element's own script
    // stays small; one the CMS loader fetched with the element shows in the first render.
    fallback: () => packContent(evidencePack[this.l10n.locale]),
    // The built-in pack follows the locale; a clinic's own evidence does not.
    fallbackKey: () => this.l10n.locale,
  });

  private readonly strings = this.l10n.use(cardStrings);
  /** Each citation's number, when a <source-list> on the page has its source. */
  private readonly citations = new SourceCitations(this, {
    strings: () => this.strings(),
    hydrating: () => this.hydrating,
  });

  // Set at the start of each render, so the small render helpers need no long argument lists.
  private evidence!: Evidence;
  private t!: CardStrings;
  private compact = false;

  constructor() {
    super();
    this.compare = false;
    this.variant = 'full';
  }

  // The server saw no JSON child and fetched no src: only the built-in pack hydrates.
  protected override matchesServerRender(): boolean {
    return this.content.source === undefined || this.content.source === 'pack';
  }

  protected override beforeHydration() {
    return packPending(evidencePack[this.l10n.locale]);
  }

  /** Numbers each chart of one render, for its caption's id (a study may show twice). */
  private charts = 0;

  protected override render() {
    this.charts = 0;
    const evidence = this.content.value;
    // The pack of a new locale is on its way: keep the last frame whole rather than mix words.
    if (evidence && this.content.status === 'loading') return noChange;
    if (!evidence) {
      if (this.content.status !== 'loading') return this.contentNotice();
      // Only a fetch takes long enough to say so; the built-in pack or a schema arrives at once.
      return this.src
        ? html`<p class="loading" role="status">${this.common().loading}</p>`
        : nothing;
    }
    this.evidence = evidence;
    this.t = this.strings();
    this.compact = this.look === 'compact';
    const level = this.level;
    const view = this.view;
    return html`<section
      part="base"
      class="base ${this.compact ? 'compact' : 'full'}"
      lang=${this.l10n.locale}
      dir=${this.l10n.dir}
    >
      ${
        view.kind === 'study'
          ? this.renderStudyCard(view.study, level)
          : view.kind === 'substance'
            ? this.renderSubstance(view.substance, view.compare, level)
            : this.renderOverview(level)
      }
    </section>`;
  }

  private get look(): EvidenceCardVariant {
    if (this.variant === 'full' || this.variant === 'compact') return this.variant;
    this.authorError(`variant "${this.variant}" is not known; use full or compact.`);
    return 'full';
  }

  private get level(): number {
    return headingLevel(this, {
      requested: this.headingLevel,
      hydrating: this.hydrating,
      authorError: (message) => this.authorError(message),
    });
  }

  /** What the attributes ask for; an unknown id is reported and falls back to something useful. */
  private get view(): View {
    const { studies, substances } = this.evidence;
    if (this.study) {
      const study = studies.find((s) => s.id === this.study);
      if (study) return { kind: 'study', study };
      this.authorError(
        `study "${this.study}" is not in the evidence; use one of: ${ids(studies)}.`,
      );
    }
    const wanted =
      this.substance || (this.compare ? substances.find((s) => s.comparison)?.id : undefined);
    if (wanted) {
      const substance = substances.find((s) => s.id === wanted);
      if (substance) {
        if (this.compare && !substance.comparison) {
          this.authorError(`compare: substance "${wanted}" has no comparison to show.`);
        }
        return { kind: 'substance', substance, compare: this.compare && !!substance.comparison };
      }
      this.authorError(
        `substance "${wanted}" is not in the evidence; use one of: ${ids(substances)}.`,
      );
    }
    return { kind: 'overview' };
  }

  private renderOverview(level: number) {
    const t = this.t;
    const { substances, caveats } = this.evidence;
    const byStrength = [...substances].sort((a, b) => rank(a.strength) - rank(b.strength));
    return html`${heading(level, t.overviewTitle, { className: 'card-title' })}
      <ul class="substances">
        ${byStrength.map(
          (substance) =>
            html`<li class="substance">
              <div class="head">
                ${heading(level + 1, substance.name, { className: 'substance-name' })}${this.badge(substance.strength)}
              </div>
              ${this.compact ? nothing : html`<p class="summary">${substance.summary}</p>`}
              ${
                substance.studies.length
                  ? html`<p class="key-studies">
                      ${t.keyStudies}
                      ${substance.studies.map((id) => studyName(this.studyById(id))).join('; ')}
                    </p>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${this.renderCaveats(caveats ?? [], level + 1)} ${this.renderLegend(level + 1)}`;
  }

  private renderSubstance(substance: EvidenceSubstance, compare: boolean, level: number) {
    const t = this.t;
    const studies = substance.studies.map((id) => this.studyById(id));
    return html`<div class="head">
        ${heading(level, substance.name, { className: 'card-title' })}${this.badge(substance.strength)}
      </div>
      <p class="summary">${substance.summary}</p>
      ${heading(level + 1, t.studiesTitle, { className: 'section-title' })}
      ${
        studies.length
          ? studies.map((study) => this.renderStudy(study, level + 2))
          : html`<p class="no-studies">${t.noStudies}</p>`
      }
      ${compare && substance.comparison ? this.renderComparison(substance.comparison, level + 1) : nothing}
      ${this.renderCaveats([...(substance.caveats ?? []), ...(this.evidence.caveats ?? [])], level + 1)}
      ${this.renderLegend(level + 1)}`;
  }

  private renderComparison(comparison: EvidenceComparison, level: number) {
    return html`<section class="comparison">
      ${heading(level, comparison.title, { className: 'section-title' })}
      <p class="summary">${comparison.summary}</p>
      ${comparison.studies.map((id) => this.renderStudy(this.studyById(id), level + 1))}
      ${
        comparison.points?.length
          ? html`<ul class="points">
              ${comparison.points.map((point) => html`<li>${point}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderStudyCard(study: EvidenceStudy, level: number) {
    const owner = this.evidence.substances.find((s) => s.studies.includes(study.id));
    const compared = this.evidence.substances.find((s) => s.comparison?.studies.includes(study.id));
    const context =
      owner?.name ?? (compared ? `${compared.name} · ${compared.comparison!.title}` : undefined);
    return html`${context ? html`<p class="eyebrow">${context}</p>` : nothing}
    ${this.renderStudy(study, level)}
    ${this.renderCaveats(study.caveats ?? this.evidence.caveats ?? [], level + 1)}`;
  }

  private renderStudy(study: EvidenceStudy, level: number) {
    const t = this.t;
    const { intervention } = study;
    const rows: [string, string | undefined][] = this.compact
      ? []
      : [
          [t.design, study.design],
          [t.population, study.population],
          [
            t.sampleSize,
            study.sampleSize === undefined
              ? undefined
              : formatNumber(study.sampleSize, this.l10n.locale),
          ],
          [t.treatment, intervention.treatment],
          [t.dose, intervention.dose],
          [t.route, intervention.route],
          [t.sessions, intervention.sessions],
          [t.therapy, intervention.therapy],
          [t.comparator, study.comparator],
          [t.followUp, study.followUp],
        ];
    return html`<article class="study" part="study" data-study=${study.id}>
      ${heading(level, studyName(study), { className: 'study-title' })}
      ${study.journal ? html`<p class="journal">${study.journal}</p>` : nothing}
      ${
        rows.length
          ? html`<dl class="facts">
              ${rows.map(([term, value]) =>
                value === undefined
                  ? nothing
                  : html`<div class="fact">
                      <dt>${term}</dt>
                      <dd>${value}</dd>
                    </div>`,
              )}
            </dl>`
          : nothing
      }
      <p class="outcome"><strong>${t.outcome}</strong> ${study.outcome}</p>
      ${study.chart ? this.renderChart(study.chart, `chart-${(this.charts += 1)}`) : nothing}
      ${study.note && !this.compact ? html`<p class="note">${study.note}</p>` : nothing}
      ${this.renderCitation(study)}
    </article>`;
  }

  private renderChart(chart: EvidenceChart, id: string) {
    const t = this.t;
    // Named by its caption: Chromium does not take a figure's name from <figcaption>.
    return html`<figure class="chart" part="chart" aria-labelledby=${id}>
      <figcaption id=${id}>
        ${chart.measure}
        ${
          chart.lowerIsBetter
            ? html`<span class="lower-better"
                ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path d="M7 2h2v8.2l3-3 1.4 1.4L8 14 2.6 8.6 4 7.2l3 3z" /></svg
                >${t.lowerIsBetter}</span
              >`
            : nothing
        }
      </figcaption>
      <div class="bars" aria-hidden="true">
        ${chart.arms.map(
          (arm) =>
            html`<div class="arm">
              <span class="arm-label">${arm.label}</span>
              <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none">
                <rect class="fill" width=${arm.percent} height="10" />
              </svg>
              <span class="arm-value">${this.percent(arm)}</span>
            </div>`,
        )}
      </div>
      <p class="visually-hidden chart-text">
        ${chart.arms.map((arm) => html`<span>${t.armText(arm.label, this.percent(arm))} </span>`)}
      </p>
    </figure>`;
  }

  private renderCitation(study: EvidenceStudy) {
    const source = this.evidence.sources.find((s) => s.id === study.source);
    if (!source) return nothing;
    const title = /[.?!]$/.test(source.title) ? source.title : `${source.title}.`;
    const citation = `${source.authors} (${source.year}). ${title}${source.journal ? ` ${source.journal}.` : ''}`;
    return html`<p class="citation" part="citation">
      <span class="source-label">${this.t.source}</span>
      ${this.citations.number(source, studyName(study))}<cite>${citation}</cite>
      ${externalLink(source.url, source.label ?? displayHost(source.url), this.t.newTab)}
    </p>`;
  }

  private renderCaveats(caveats: string[], level: number) {
    if (!caveats.length) return nothing;
    const list = html`<ul>
      ${caveats.map((caveat) => html`<li>${caveat}</li>`)}
    </ul>`;
    return this.compact
      ? html`<details class="caveats">
          <summary>${this.t.caveatsTitle}</summary>
          ${list}
        </details>`
      : html`<section class="caveats">
          ${heading(level, this.t.caveatsTitle, { className: 'section-title' })}${list}
        </section>`;
  }

  private renderLegend(level: number) {
    const t = this.t;
    const list = html`<ul class="legend-list">
      ${STRENGTHS.map((strength) => html`<li>${this.badge(strength)} <span>${t.legend[strength]}</span></li>`)}
    </ul>`;
    return this.compact
      ? html`<details class="legend" part="legend">
          <summary>${t.legendTitle}</summary>
          ${list}
        </details>`
      : html`<section class="legend" part="legend">
          ${heading(level, t.legendTitle, { className: 'section-title' })}${list}
        </section>`;
  }

  /** The strength in words and as a four-bar shape (more filled bars, stronger evidence). */
  private badge(strength: Strength) {
    const filled = STRENGTHS.length - rank(strength);
    return html`<span class="badge ${strength}" part="badge" data-strength=${strength}
      ><svg viewBox="0 0 23 16" aria-hidden="true" focusable="false">
        ${[0, 1, 2, 3].map(
          (i) =>
            svg`<rect class=${i < filled ? 'on' : 'off'} x=${i * 6 + 0.5} y=${11.5 - i * 3.5} width="4" height=${4 + i * 3.5} rx="1" />`,
        )}</svg
      >${this.t.strength[strength]}</span
    >`;
  }

  private studyById(id: string): EvidenceStudy {
    // The schema checks every reference, so the id exists.
    return this.evidence.studies.find((s) => s.id === id)!;
  }

  /** "about 48.2%" / "environ 48,2 %": approximate figures stay approximate in every locale. */
  private percent(arm: EvidenceArm): string {
    const value = formatNumber(arm.percent / 100, this.l10n.locale, 'percent');
    return arm.approx ? this.t.about(value) : value;
  }
}

function rank(strength: Strength): number {
  return STRENGTHS.indexOf(strength);
}

function ids(items: { id: string }[]): string {
  return items.map((item) => item.id).join(', ') || '(none)';
}

/** "Grabski et al., 2022 (KARE)": how a reader refers to a study. */
function studyName(study: EvidenceStudy): string {
  return `${study.authors}, ${study.year}${study.trial ? ` (${study.trial})` : ''}`;
}

/** What a widget's first render reads, for the CMS loader (`Preload`). @internal */
export function preload(el: Element, locale: Locale): Promise<unknown>[] {
  return [
    ...commonPreload(locale),
    cardStrings[locale](),
    ...(hasOwnContent(el) ? [] : [evidencePack[locale]()]),
  ];
}
