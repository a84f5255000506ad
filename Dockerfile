# Build: docker build -t framework-advisor .   Run: docker run --rm -p 8080:8080 -v advisor-data:/app/var framework-advisor
# Then open http://localhost:8080/ (health: http://localhost:8080/actuator/health).

# ---- Build stage: compile, package and extract the jar into layers ----
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace

# Dependencies first, so this layer is cached until pom.xml changes.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true

# data/knowledge/ is packaged into the jar as classpath:knowledge/, so it is needed at build time.
COPY src ./src
COPY data ./data
# Extracted without the launcher: app.jar plus the plain jars in lib/ that its manifest lists. The JVM loads them
# directly, which starts faster than nested jars and is what an AOT cache can hold.
RUN mvn -B -DskipTests package \
 && java -Djarmode=tools -jar target/framework-advisor-*.jar extract --layers --destination extracted \
        --application-filename app.jar

# ---- Runtime stage ----
FROM eclipse-temurin:25-jre

# curl is only for the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --no-create-home advisor

WORKDIR /app

# Least to most frequently changing, for layer reuse: lib/*.jar, then app.jar.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

# The default knowledge directory data/knowledge resolves from WORKDIR /app.
COPY data ./data

# JVM options for a small instance (docs/performance.md, "Memory"): the serial collector, whose bookkeeping is a few MB
# where G1's is some 40 MB at this heap size, and only the C1 compiler, which leaves out C2's code, profiles and
# compiler memory (some 60 MB after load) at no cost this application notices: its pages come from the page cache.
# The heap gets half the container's memory limit; the JVM needs about 140 MB besides (JDK 25 after bench/http-load's
# load: 265 MiB at -Xmx128m; about 180 MB on JDK 17). bench/http-load runs the jar with these options. Override with
# docker run -e JAVA_OPTS=…; the AOT cache below is then used only if they still match.
ENV JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxRAMPercentage=50"

# AOT cache (JDK 25): a training run starts the application until its context has refreshed
# (spring.context.exit=onRefresh; the web server is not started) and the JVM writes the classes it loaded and linked
# to app.aot as it exits. It runs here, in the runtime image, so that the cache is made by the very JVM that will use
# it, from the same app.jar and lib/ at the same paths with the same timestamps, and with the same JVM options as the
# ENTRYPOINT; otherwise the JVM ignores the cache, with a warning, and starts as slowly as without it. Rooms are
# written to a scratch database that is removed again.
RUN java -XX:AOTCacheOutput=app.aot $JAVA_OPTS -Dspring.context.exit=onRefresh -jar app.jar \
        --advisor.data-dir=/tmp/aot-training \
 && rm -rf /tmp/aot-training \
 && test -s app.aot

# Rooms live in an H2 file under /app/var unless SPRING_PROFILES_ACTIVE=postgres points them at PostgreSQL.
RUN mkdir -p /app/var && chown advisor /app/var
VOLUME /app/var

USER advisor
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1

# A shell expands JAVA_OPTS and then becomes the JVM (exec), which so stays process 1 and gets docker stop's signal;
# arguments given to docker run are passed on to the application.
ENTRYPOINT ["sh", "-c", "exec java -XX:AOTCache=app.aot $JAVA_OPTS -jar app.jar \"$@\"", "app"]
