/**
 * Visits received one after another ("secara berturut-turut menerima kunjungan A, B dan C",
 * "поочередно встретился с A, B и C"): one meeting with each guest, not one meeting of all.
 */
import type { ClassifyInput, Draft } from './event-draft';
import type { EventPatterns } from './event-patterns';

/** Splits each meeting told as successive into one meeting per person received, with that person's state. */
export function oneMeetingPerGuest(input: ClassifyInput, c: EventPatterns, drafts: Draft[]): Draft[] {
  if (!c.successively) return drafts;
  const { actors, actorMentions, folded } = input;
  const out: Draft[] = [];
  for (const d of drafts) {
    const s = d.sentence;
    if (d.type !== 'meeting' || !c.successively.test(folded.slice(s.start, s.end))) {
      out.push(d);
      continue;
    }
    const inSentence = actorMentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const hosts = [...new Set(inSentence.filter((m) => m.end <= d.start).map((m) => m.actorId))];
    const guests = inSentence.filter((m) => m.start >= d.end && actors.get(m.actorId)?.kind === 'person');
    if (guests.length < 2) {
      out.push(d);
      continue;
    }
    let from = d.end;
    for (const g of guests) {
      // the guest's state stands between the previous guest and this one: "Perdana Menteri Australia Scott Morrison"
      const states = inSentence
        .filter((m) => m.start >= from && m.end <= g.start && actors.get(m.actorId)?.kind === 'country')
        .map((m) => m.actorId);
      out.push({
        ...d,
        actors: [...new Set([...hosts, ...states, g.actorId])],
        start: g.start,
        end: g.end,
        guest: g.actorId,
      });
      from = g.end;
    }
  }
  return out;
}
