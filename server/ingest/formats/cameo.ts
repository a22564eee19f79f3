import type { EventType } from '../../domain/extraction';

/**
 * CAMEO event codes → our event type and PLOVER category. CAMEO's 20 root codes map to PLOVER
 * (the PLOVER/POLECAT crosswalk, simplified to root level); a few specific codes that we model
 * as their own types (057 "sign formal agreement") come first.
 */
const SPECIFIC: Readonly<Record<string, { type: EventType; plover: string }>> = {
  '057': { type: 'treaty_signing', plover: 'AGREE' },
  '163': { type: 'sanction', plover: 'SANCTION' },
  '0233': { type: 'aid', plover: 'REQUEST' },
  '0234': { type: 'aid', plover: 'REQUEST' },
};

const ROOT: Readonly<Record<string, { type: EventType; plover: string }>> = {
  '01': { type: 'statement', plover: 'OTHER' },
  '02': { type: 'statement', plover: 'REQUEST' },
  '03': { type: 'statement', plover: 'AGREE' },
  '04': { type: 'meeting', plover: 'CONSULT' },
  '05': { type: 'other', plover: 'COOPERATE' },
  '06': { type: 'other', plover: 'COOPERATE' },
  '07': { type: 'aid', plover: 'AID' },
  '08': { type: 'other', plover: 'CONCEDE' },
  '09': { type: 'other', plover: 'INVESTIGATE' },
  '10': { type: 'statement', plover: 'DEMAND' },
  '11': { type: 'statement', plover: 'DISAPPROVE' },
  '12': { type: 'statement', plover: 'REJECT' },
  '13': { type: 'statement', plover: 'THREATEN' },
  '14': { type: 'protest', plover: 'PROTEST' },
  '15': { type: 'military_action', plover: 'MOBILIZE' },
  '16': { type: 'sanction', plover: 'SANCTION' },
  '17': { type: 'other', plover: 'COERCE' },
  '18': { type: 'military_action', plover: 'ASSAULT' },
  '19': { type: 'military_action', plover: 'ASSAULT' },
  '20': { type: 'military_action', plover: 'ASSAULT' },
};

/** Our type and PLOVER category for a CAMEO code ("057", "0311", "190"); null when it is not one. */
export function fromCameo(code: string): { type: EventType; plover: string } | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  for (let n = code.length; n >= 3; n--) {
    const hit = SPECIFIC[code.slice(0, n)];
    if (hit) return hit;
  }
  return ROOT[code.slice(0, 2)] ?? null;
}
