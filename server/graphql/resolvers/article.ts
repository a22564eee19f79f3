import type { ActorNode, ArticleNode, ArticleReportNode, MentionNode, TreatyNode } from '../../db/read-model';
import type { FieldResolver, NoArgs } from './types';

export const Article: {
  text: FieldResolver<ArticleNode, NoArgs, string>;
  reports: FieldResolver<ArticleNode, NoArgs, ArticleReportNode[]>;
  mentions: FieldResolver<ArticleNode, NoArgs, MentionNode[]>;
} = {
  async text(a, _args, { loaders }) {
    return a.text ?? (await loaders.article.load(a.id))?.text ?? '';
  },
  reports: (a, _args, { loaders }) => loaders.reports.load(a.id),
  mentions: (a, _args, { loaders }) => loaders.mentions.load(a.id),
};

export const Mention: {
  actor: FieldResolver<MentionNode, NoArgs, ActorNode | null>;
  treaty: FieldResolver<MentionNode, NoArgs, TreatyNode | null>;
} = {
  actor: (m, _args, { loaders }) => (m.kind === 'ACTOR' ? loaders.actor.load(m.id) : null),
  treaty: (m, _args, { loaders }) => (m.kind === 'TREATY' ? loaders.treaty.load(m.id) : null),
};
