import { describe, expect, it } from 'vitest';
import { parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectsNodeField, toConnection } from '../../../server/graphql/connection';

describe('connection', () => {
  it('toConnection fetches one more row than the page to learn hasNextPage', async () => {
    const c = toConnection(
      [1, 2, 3],
      2,
      (n) => `c${n}`,
      async () => 3,
      false,
    );
    expect(c.edges).toEqual([
      { cursor: 'c1', node: 1 },
      { cursor: 'c2', node: 2 },
    ]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
    expect(await c.totalCount()).toBe(3);
  });
  it('selectsNodeField(info, field) finds edges { node { field } }, under aliases, and takes a fragment on the way as yes', () => {
    const infoOf = (query: string) => {
      const op = parse(query).definitions[0] as OperationDefinitionNode;
      return { fieldNodes: [op.selectionSet.selections[0] as FieldNode] } as unknown as GraphQLResolveInfo;
    };
    expect(selectsNodeField(infoOf('{ events { edges { node { id gdelt { globalEventId } } } } }'), 'gdelt')).toBe(
      true,
    );
    expect(selectsNodeField(infoOf('{ events { edges { node { id g: gdelt { avgTone } } } } }'), 'gdelt')).toBe(true);
    expect(selectsNodeField(infoOf('{ events { totalCount edges { node { id sources { quote } } } } }'), 'gdelt')).toBe(
      false,
    );
    expect(selectsNodeField(infoOf('{ events { gdelt: totalCount } }'), 'gdelt')).toBe(false);
    expect(selectsNodeField(infoOf('{ events { edges { node { ...F } } } }'), 'gdelt')).toBe(true);
    expect(selectsNodeField(undefined, 'gdelt')).toBe(true);
  });
});
