import { graphql } from '../generated';

/** The overview's figures, one request: systems by tier, evidence by freshness, gaps. */
export const OverviewQuery = graphql(`
  query Overview($asOf: Date!) {
    organization {
      id
      name
      sector
    }
    allSystems: aiSystems(first: 1) {
      totalCount
    }
    high: aiSystems(first: 1, filter: { riskTier: HIGH }) {
      totalCount
    }
    medium: aiSystems(first: 1, filter: { riskTier: MEDIUM }) {
      totalCount
    }
    low: aiSystems(first: 1, filter: { riskTier: LOW }) {
      totalCount
    }
    current: evidence(first: 1, filter: { freshness: CURRENT, asOf: $asOf }) {
      totalCount
    }
    expiring: evidence(first: 1, filter: { freshness: EXPIRING, asOf: $asOf }) {
      totalCount
    }
    stale: evidence(first: 1, filter: { freshness: STALE, asOf: $asOf }) {
      totalCount
    }
    superseded: evidence(first: 1, filter: { freshness: SUPERSEDED, asOf: $asOf }) {
      totalCount
    }
    gaps(asOf: $asOf, first: 3) {
      counts {
        uncoveredControls
        implementationsWithoutCurrentEvidence
        risksAboveAppetite
        unownedSystems
        unownedDatasets
        orphans
      }
      uncoveredControls {
        id
        label
        name
        reason
      }
      implementationsWithoutCurrentEvidence {
        id
        label
        name
        reason
      }
      risksAboveAppetite {
        id
        label
        name
        reason
      }
      unownedSystems {
        id
        label
        name
        reason
      }
      unownedDatasets {
        id
        label
        name
        reason
      }
      orphans {
        id
        label
        name
        reason
      }
    }
  }
`);
