# Skillfund on the official Payara Server Full 6 image, against PostgreSQL.
# Build the EAR first (mvn -B -DskipTests install), then:
#   docker build -t skillfund .
#   docker run -p 8080:8080 \
#     -e SKILLFUND_DB_URL=jdbc:postgresql://db.example:5432/skillfund \
#     -e SKILLFUND_DB_USER=skillfund -e SKILLFUND_DB_PASSWORD=... skillfund
# The image deploys every archive in $DEPLOY_DIR at start; Payara substitutes ${ENV=...} in the
# EAR's glassfish-resources.xml from the container's environment. The PostgreSQL driver is in the
# EAR's lib/. (Docker cannot build here; see the README's known issues.)
FROM payara/server-full:6.2025.9-jdk17

ENV SKILLFUND_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
    SKILLFUND_DEMO_DATA=false

COPY --chown=payara:payara ear/target/skillfund.ear ${DEPLOY_DIR}/skillfund.ear

HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
  CMD curl -fs http://localhost:8080/health/ready || exit 1
