import type { Takeaways } from '../../takeaways.js';

/**
 * The six key points of the clinic's article "Is ketamine addictive?", in our own words:
 * every fact is the article's.
 */
const takeaways: Takeaways = {
  title: 'Key points',
  items: [
    'Used recreationally (often, at high doses, for the dissociative high), ketamine can be addictive, and chronic recreational use does real harm, including bladder damage caused by ketamine.',
    'Therapy is a different picture: low doses set by a physician, given in episodes (a series, then spaced maintenance sessions), under supervision and after screening, carry a low risk of addiction according to professional consensus.',
    'The structure is the safeguard: episodic dosing under medical supervision is the opposite of the daily, escalating, self-directed use that drives addiction.',
    'People with a history of substance use disorder are screened with care, and active substance use is a contraindication, precisely because ketamine can be misused.',
    'So “is it addictive?” really asks “how is it being used?” The molecule is the same; the context sets the risk.',
    'An honest answer matters: a clinic that claims zero risk is overselling. The accurate answer is a low risk, inside a properly structured therapy program that actively manages it.',
  ],
};

export default takeaways;
