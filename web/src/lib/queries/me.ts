import { graphql } from '../generated';

/** Who the session's key is: shown in the header, and the first call that proves sign-in. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      role
    }
  }
`);
