/**
 * Trigger rules of one shape. A lexicon writes each rule with only the flags it needs, so its rules come in some twenty
 * hidden classes, and the stages that read `rule.nominal`, `rule.type`, ... over all of them met a class they had not
 * met before long after V8 had optimised them, and were deoptimised and compiled again (docs/performance.md, Round 19).
 * Every rule a stage reads is made here, with every field in one order: an absent flag is there, undefined.
 */
import type { TriggerRule } from './lexicons';

/** A rule's fields, each one required: the literal below fails to type-check when TriggerRule gains a field it lacks. */
type AllFields = { [K in keyof Required<TriggerRule>]: TriggerRule[K] };

/** The same rule, in the one shape every rule a stage reads has. */
export function uniformRule(r: TriggerRule): TriggerRule {
  const out: AllFields = {
    pattern: r.pattern,
    type: r.type,
    plover: r.plover,
    cameo: r.cameo,
    nominal: r.nominal,
    needsTreaty: r.needsTreaty,
    amend: r.amend,
    needsSanctions: r.needsSanctions,
    requires: r.requires,
    firstPerson: r.firstPerson,
    lifecycle: r.lifecycle,
    now: r.now,
    heading: r.heading,
    stance: r.stance,
    speakerAfter: r.speakerAfter,
    frame: r.frame,
    readout: r.readout,
    signatory: r.signatory,
    named: r.named,
  };
  return out;
}
