import { graphql } from '../generated';

/** Every KPI with its series up to asOf and its breach signal on asOf. */
export const KpisQuery = graphql(`
  query Kpis($asOf: Date, $from: Date, $after: String) {
    kpis(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          unit
          direction
          target
          threshold
          series(from: $from, to: $asOf) {
            id
            value
            measuredOn
            breached
            note
          }
          systems {
            id
            name
          }
          risks {
            id
            title
          }
          signal(asOf: $asOf) {
            value
            measuredOn
            threshold
            breachedSince
            systems {
              id
              name
            }
            risks {
              id
              title
            }
          }
        }
      }
    }
  }
`);

/** The KPI signals on one system on asOf: the system page's warning. */
export const SystemSignalsQuery = graphql(`
  query SystemSignals($id: ID!, $asOf: Date) {
    aiSystem(id: $id) {
      id
      signals(asOf: $asOf) {
        value
        measuredOn
        threshold
        breachedSince
        kpi {
          id
          name
          unit
          direction
        }
        risks {
          id
          title
        }
      }
    }
  }
`);
