import type { ArticleResolvers, MentionResolvers } from '../generated';

export const Article: ArticleResolvers = {
  async text(a, _args, { loaders }) {
    return a.text ?? (await loaders.article.load(a.id))?.text ?? '';
  },
  reports: (a, _args, { loaders }) => loaders.reports.load(a.id),
  mentions: (a, _args, { loaders }) => loaders.mentions.load(a.id),
};

export const Mention: MentionResolvers = {
  actor: (m, _args, { loaders }) => (m.kind === 'ACTOR' ? loaders.actor.load(m.id) : null),
  treaty: (m, _args, { loaders }) => (m.kind === 'TREATY' ? loaders.treaty.load(m.id) : null),
};
