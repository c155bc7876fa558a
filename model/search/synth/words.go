package synth

// The word lists the generator draws from: the vocabulary of engineering
// résumés, with a little non-ASCII text (names, places, currency, emoji) as
// real profiles have.

var firstNames = []string{"Alejandro", "Andrea", "Priya", "Wei", "Fatima", "José", "Zoë", "Lukas", "Amara",
	"Hiroshi", "Sofia", "Mateo", "Olga", "Kwame", "Ingrid", "Rahul", "Chloé", "Tomás", "Aisha", "Daniel",
	"Mei", "Björn", "Noor", "Elena", "Samuel", "Yuki", "Camille", "Omar", "Greta", "Liam"}

var lastNames = []string{"Colomina", "Mistretta", "Nair", "Zhang", "Haddad", "García", "Müller", "Okafor",
	"Tanaka", "Rossi", "Novak", "Mensah", "Lindqvist", "Sharma", "Dubois", "Fernández", "Khan", "Cohen",
	"Kowalski", "Ivanova", "Silva", "O'Brien", "Nguyen", "Schmidt", "Park", "Jensen", "Moreau", "Ali"}

var employers = []string{"Shopify", "Spotahome", "Cloudflare", "Stripe", "Zalando", "Datadog", "GitLab",
	"Adevinta", "Glovo", "Cabify", "Typeform", "Booking.com", "Spotify", "Klarna", "N26", "Wise", "Revolut",
	"Delivery Hero", "Criteo", "Elastic", "HashiCorp", "Grafana Labs", "Canonical", "Red Hat", "SAP",
	"Siemens", "Telefónica", "BBVA", "Mercado Libre", "Rakuten", "LINE", "Atlassian", "Miro", "Personio",
	"Celonis", "Contentful", "Doctolib", "BlaBlaCar", "Deliveroo", "Monzo", "Ocado Technology", "Trivago"}

var positions = []string{"Software Engineer", "Senior Software Engineer", "Staff Engineer",
	"Site Reliability Engineer", "Senior Production Engineer", "Platform Engineer", "Backend Engineer",
	"Data Engineer", "Engineering Manager", "Tech Lead", "DevOps Engineer", "Infrastructure Engineer",
	"Security Engineer", "Frontend Engineer", "Principal Engineer", "Machine Learning Engineer"}

var verbs = []string{"Led", "Built", "Designed", "Migrated", "Reduced", "Automated", "Owned", "Scaled",
	"Introduced", "Mentored", "Rewrote", "Shipped", "Drove", "Optimized", "Implemented", "Maintained",
	"Launched", "Consolidated", "Deprecated", "Hardened", "Prototyped", "Instrumented", "Replaced",
	"Co-authored", "Standardized", "Onboarded", "Refactored", "Split", "Benchmarked", "Evolved"}

var objects = []string{"the billing service", "a multi-region Kafka cluster", "the CI/CD pipelines",
	"the on-call rotation", "our internal developer platform", "the search indexing pipeline",
	"the payments API", "a zero-downtime database migration", "the observability stack",
	"the feature-flag service", "legacy cron jobs", "the monolith's checkout flow", "a rate limiter",
	"the customer data platform", "the mobile release train", "the authentication gateway",
	"Terraform modules for every team", "the incident review process", "a streaming ETL job",
	"the recommendation model serving layer", "capacity planning for peak traffic", "the public status page",
	"a company-wide SLO framework", "the secrets management workflow", "cost dashboards for cloud spend",
	"the design system's component library", "the data warehouse", "cross-team RFC process"}

var techs = []string{"Kafka", "Flink", "Kubernetes", "Terraform", "PostgreSQL", "MySQL", "Redis", "Go",
	"Python", "Java", "gRPC", "GraphQL", "React", "TypeScript", "AWS", "GCP", "Azure", "Prometheus",
	"Grafana", "Datadog", "Elasticsearch", "Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "Envoy",
	"Istio", "Nginx", "Linux", "eBPF", "Rust", "Scala", "Kotlin", "Docker", "Helm", "Argo CD", "Jenkins",
	"GitHub Actions", "Vault", "Consul", "Cassandra", "MongoDB", "RabbitMQ", "NATS", "ClickHouse",
	"OpenTelemetry", "Ruby on Rails", "Node.js", "Django", "Vitess", "CockroachDB", "Pulsar", "Debezium"}

var outcomes = []string{"cutting p99 latency by 40%", "reducing cloud spend by $1.2M/year",
	"serving 29 million msg/sec at peak", "with zero downtime", "halving deploy times to 8 minutes",
	"raising availability from 99.9% to 99.99%", "saving ~300 engineering hours a quarter",
	"unblocking 12 product teams", "shrinking the on-call page volume by 70%",
	"bringing MTTR under 15 minutes", "enabling same-day releases", "for 175+ countries",
	"growing throughput 5× without new hardware", "removing 40k lines of dead code",
	"passing the SOC 2 audit on the first attempt", "keeping error budgets green through BFCM",
	"cutting the monthly bill by €80k", "making onboarding take days instead of weeks"}

var contexts = []string{"across 3 regions", "for a team of 6 ICs", "in a 24/7 on-call rotation",
	"during Black Friday/Cyber Monday", "with product and data teams", "as the team's tech lead",
	"while mentoring two junior engineers", "in Zürich and Madrid", "for the 日本 market launch",
	"on a tight two-quarter deadline", "as part of the platform guild", "with a remote-first team 🚀",
	"alongside the SRE and security teams", "under GDPR constraints", "for the café-ordering app"}

var connectors = []string{"using", "with", "on top of", "backed by", "running on", "migrating to"}

var summaries = []string{"Part of the %s team, responsible for %s.",
	"Owned %s end to end, from design reviews to production support.",
	"Focused on reliability and developer experience around %s and %s.",
	"Joined to scale %s; grew into leading the work on %s."}
