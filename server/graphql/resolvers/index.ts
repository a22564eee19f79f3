import type { Resolvers } from '../generated';
import { DateTimeScalar, PartialDateScalar } from '../scalars';
import { Actor } from './actor';
import { Article, Mention } from './article';
import { Event } from './event';
import { Mutation } from './mutation';
import { Query } from './query';
import { EventsAdded, Subscription } from './subscription';
import { Timeline } from './timeline';
import { TimelineItem } from './timeline-item';
import { Treaty } from './treaty';

/**
 * Every resolver, one object per type of schema.graphql; fields not listed use the default
 * resolver. Typed from the schema (npm run codegen): a resolver whose parent, arguments or result
 * disagree with schema.graphql fails tsc.
 */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Subscription,
  Event,
  Actor,
  Treaty,
  Article,
  Mention,
  EventsAdded,
  Timeline,
  TimelineItem,
};

/** The custom scalars (their descriptions stay those of schema.graphql). */
export const scalarResolvers = { PartialDate: PartialDateScalar, DateTime: DateTimeScalar };
