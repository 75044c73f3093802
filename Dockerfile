# The AIMS Graph server (API and explorer). It needs a Neo4j reached through NEO4J_URI;
# docker-compose.yml runs one beside it.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time: the SDL (api/schema.ts) and the built explorer (served at /).
COPY --from=build /app/api/schema ./api/schema
COPY --from=build /app/web/dist ./web/dist
# The evidence artifact store (AIMS_DATA_DIR in docker-compose.yml), owned by the user the app runs as.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
CMD ["node", "dist/api/main.js"]
