import { graphql } from '../generated';

/** What is missing on asOf, each with the path that shows why it matters. */
export const GapsQuery = graphql(`
  query Gaps($asOf: Date) {
    gaps(asOf: $asOf) {
      asOf
      counts {
        uncoveredControls
        implementationsWithoutCurrentEvidence
        risksAboveAppetite
        unownedSystems
        unownedDatasets
        orphans
        unapprovedDeployments
        impactAssessmentsMissingOrDue
        overdueCorrectiveActions
        unevidencedCorrectiveActions
        recurringNonconformities
        kpisInBreach
        lateIncidents
        managementReviewOverdue
      }
      uncoveredControls {
        ...GapFields
      }
      implementationsWithoutCurrentEvidence {
        ...GapFields
      }
      risksAboveAppetite {
        ...GapFields
      }
      unownedSystems {
        ...GapFields
      }
      unownedDatasets {
        ...GapFields
      }
      orphans {
        ...GapFields
      }
      unapprovedDeployments {
        ...GapFields
      }
      impactAssessmentsMissingOrDue {
        ...GapFields
      }
      overdueCorrectiveActions {
        ...GapFields
      }
      unevidencedCorrectiveActions {
        ...GapFields
      }
      recurringNonconformities {
        ...GapFields
      }
      kpisInBreach {
        ...GapFields
      }
      lateIncidents {
        ...GapFields
      }
      managementReviewOverdue {
        ...GapFields
      }
    }
  }

  fragment GapFields on Gap {
    id
    label
    name
    reason
    why {
      ...WhyFields
    }
  }
`);
