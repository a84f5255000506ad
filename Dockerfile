# Build: docker build -t framework-advisor .   Run: docker run --rm -p 8080:8080 -v advisor-data:/app/var framework-advisor
# Then open http://localhost:8080/ (health: http://localhost:8080/actuator/health).

# ---- Build stage: compile, package and split the jar into layers ----
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace

# Dependencies first, so this layer is cached until pom.xml changes.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true

# data/ is packaged into the jar as classpath:knowledge/, so it is needed at build time.
COPY src ./src
COPY data ./data
RUN mvn -B -DskipTests package \
 && java -Djarmode=tools -jar target/framework-advisor-*.jar extract --layers --launcher --destination extracted

# ---- Runtime stage ----
FROM eclipse-temurin:25-jre

# curl is only for the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --no-create-home advisor

WORKDIR /app

# Least to most frequently changing, for layer reuse.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

# The default knowledge base path data/knowledge-base.json resolves from WORKDIR /app.
COPY data ./data

# Rooms live in an H2 file under /app/var unless SPRING_PROFILES_ACTIVE=postgres points them at PostgreSQL.
RUN mkdir -p /app/var && chown advisor /app/var
VOLUME /app/var

USER advisor
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
