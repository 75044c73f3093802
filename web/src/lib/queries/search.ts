import { graphql } from '../generated';

/** The search box: full-text over names, titles and descriptions, best first. */
export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int, $after: String, $labels: [String!]) {
    search(text: $text, first: $first, after: $after, labels: $labels) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        id
        label
        name
      }
    }
  }
`);
