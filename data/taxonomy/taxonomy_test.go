package taxonomy

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/data/taxonomy/internal/linguist"
	"github.com/vitae-cli/vitae/model/skills"
)

func TestDefaultSize(t *testing.T) {
	tx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tx.Len() < 400 {
		t.Errorf("built-in taxonomy has %d skills, want at least 400", tx.Len())
	}
	for _, s := range tx.Skills() {
		if s.Category == "" || skills.CategoryRank(s.Category) == len(skills.Categories) {
			t.Errorf("%s has category %q, not one of %v", s.Name, s.Category, skills.Categories)
		}
	}
}

// seedTechnologies is every technology, platform and practice named in the
// five seed documents, as its canonical name.
var seedTechnologies = []string{
	// 000
	"Ruby", "GitLab", "CI/CD", "Terraform", "Go", "HTTP", "AMQP", "Observability", "Twelve-Factor App",
	"Containers", "cron", "Distributed Systems", "Service Level Objectives", "GitOps", "Pair Programming",
	"Game Days", "On-call", "Incident Management", "Postmortems", "Microsoft Azure", "Google Cloud",
	"Kubernetes", "ChatOps", "Load Balancing", "Jenkins", "Symfony", "LAN", "Virtualization", "VoIP",
	"Infrastructure as Code", "Docker", "Chef", "Vagrant", "Packer", "Pulumi", "AWS Fargate",
	"AWS Elastic Beanstalk", "MongoDB", "MySQL", "Amazon DocumentDB", "Amazon RDS", "Amazon DynamoDB",
	"Redis", "Memcached", "Amazon ElastiCache", "RabbitMQ", "Amazon SQS", "Amazon SNS", "Amazon MQ",
	"Amazon Kinesis", "Chaos Engineering", "Bash", "Node.js", "Serverless", "Heroku", "GitHub Actions",
	"GitHub", "Slack", "Amazon S3", "MikroTik", "IP Routing", "QoS", "Cisco", "PaaS", "DevOps",
	// 001
	"Kafka", "Apache Flink", "Google Kubernetes Engine", "Change Data Capture", "KRaft", "ZooKeeper",
	"Autoscaling", "Scala", "Google Cloud Storage", "Cloud Bigtable", "YAML", "Machine Learning", "BigQuery",
	"ETL", "Data Warehousing", "Akka", "Amazon Redshift", "Python", "scikit-learn", "Apache Airflow", "dbt",
	"Flask", "Apache Spark", "Business Intelligence", "Data Lake", "Data Governance", "AWS DMS",
	"Kafka Connect", "Fivetran", "Stitch", "Google Analytics", "A/B Testing", "Power BI", "Metabase",
	"Exploratory Data Analysis", "Pentaho", "PostgreSQL", "Batch Processing", "Tableau", "SQL", "Git",
	"BeautifulSoup", "Pandas", "R", "tidyr", "dplyr", "ggplot2", "NLTK", "Statistics", "Data Visualization",
	"Data Wrangling", "Event-Driven Architecture", "AWS", "Amazon API Gateway", "AWS Lambda",
	"DynamoDB Streams", "Web2py", "Bootstrap", "jQuery", "AJAX", "Google Charts", "D3.js", "C3.js",
	"ReportLab", "Amazon Aurora", "HTML", "Amazon CloudFront", "CDN", "Selenium", "BrowserStack",
	"Elasticsearch", "Amazon OpenSearch Service", "Searchkit", "Vue.js", "pytest", "CSS", "JavaScript",
	"Unix", "Amazon VPC", "Amazon CloudWatch", "Android", "GPS", "Bluetooth", "Neural Networks", "Java",
	"SOAP", "Microsoft IIS", "Digital Signal Processing", "Capacity Planning",
	// 002
	"Site Reliability Engineering", "AppDynamics", "Splunk", "Configuration Management", "Linux",
	"Amazon EC2", "Stackdriver", "HipChat", "WordPress", "Content Management Systems", "DNS", "npm",
	"Apache Struts", "Spring Framework", "Code Review", "Active Directory",
	// 003
	"Distributed Tracing", "OpenTracing", "pprof", "Performance Tuning", "JSON", "gRPC", "Protocol Buffers",
	"Buf", "mTLS", "ClickHouse", "Groupcache", "Microservices", "PHP", "Istio", "Ambassador", "CircleCI",
	"Clean Code", "Test-Driven Development", "Django", "Amazon Cognito", "JSON Web Tokens", "Angular",
	"Spring Boot", "AngularJS", "Apache Cordova", "Apache HTTP Server", "MVC", "Web Scraping",
	"Forecasting", "Time Series Analysis", "TypeScript", "Prometheus", "Grafana", "Structured Logging",
	"Redux", "Algorithms",
	// 004
	"Bioinformatics", "cgroups", "UnionFS", "SOC 2", "Cassandra", "Single-Page Applications",
	"Elastic Load Balancing",
}

func TestSeedTechnologiesCovered(t *testing.T) {
	tx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range seedTechnologies {
		if _, ok := tx.Lookup(n); !ok {
			t.Errorf("taxonomy lacks %q, named in a seed", n)
		}
	}
	for _, spoken := range []string{"Spanish", "Catalan", "English", "Italian"} {
		if _, ok := tx.Lookup(spoken); ok || len(tx.FindInList(spoken)) > 0 {
			t.Errorf("spoken language %s is a skill", spoken)
		}
	}
}

// TestLanguagesGenerated checks languages.yaml is what the generator makes
// from the go-enry (Linguist) data in go.mod: run `go generate
// ./data/taxonomy` after changing either.
func TestLanguagesGenerated(t *testing.T) {
	want, err := linguist.Generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("languages.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("languages.yaml is stale: run go generate ./data/taxonomy")
	}
}

// write puts a user taxonomy file in a temporary folder.
func write(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "skills.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadOverrides(t *testing.T) {
	p := write(t, `
- name: kubernetes          # replaces the built-in entry (names compare case-insensitively)
  category: infrastructure
  aliases: [kates]
- name: Vitae
  category: tool
  aliases: [vitae-cli]
  implies: [Go]
  not: [vitae-cli is down]
`)
	tx, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	got := func(text string) []string {
		var out []string
		for _, m := range tx.Find(text) {
			out = append(out, tx.Skill(m.Skill).Name)
		}
		return out
	}
	if g := got("kates and vitae-cli"); strings.Join(g, ",") != "kubernetes,Vitae,Go" {
		t.Errorf("user aliases: %v", g)
	}
	if g := got("vitae-cli is down today"); len(g) != 0 {
		t.Errorf("a not phrase from a user file does not block: %v", g)
	}
	if g := got("K8s"); len(g) != 0 {
		t.Errorf("a replaced entry keeps its old aliases: %v", g)
	}
	def, _ := Default()
	if tx.Len() != def.Len()+1 {
		t.Errorf("override changed the count: %d vs %d", tx.Len(), def.Len())
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		body string
		want string // substring of the error, after the file name
	}{
		{"name: Go\n", ":1:1: error: a skills file is a list"},
		{"- name: X\n  category: tool\n  colour: red\n", ":3:3: error: unknown key \"colour\""},
		{"- category: tool\n", ":1:3: error: this skill has no name"},
		{"- name: X\n", ":1:3: error: skill \"X\" has no category"},
		{"- name: X\n  category: tool\n  implies: [Nope]\n", ":3:13: error: \"Nope\" is not a skill"},
		{"- name: X\n  category: tool\n- name: x\n  category: tool\n", ":3:9: error: skill \"x\" is already defined at line 1"},
		{"- name: X\n  category: tool\n  aliases: {a: b}\n", ":3:12: error: aliases must be a list"},
		{"- name: [X]\n  category: tool\n", ":1:9: error: name must be a non-empty text"},
		{"- name: X\n\tcategory: tool\n", ":2: error: not valid YAML"},
	}
	for _, tt := range tests {
		p := write(t, tt.body)
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), p+tt.want) {
			t.Errorf("Load(%q) error = %v, want %q", tt.body, err, tt.want)
		}
		var le *Error
		if err != nil && !errors.As(err, &le) {
			t.Errorf("Load(%q) error is not a *taxonomy.Error: %T", tt.body, err)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("a missing file loads")
	}
	if _, err := Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("a directory: %v", err)
	}
}

func TestForUser(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	tx, used, err := ForUser("")
	if err != nil || used != "" || tx == nil {
		t.Fatalf("no user file: %v %q", err, used)
	}
	up, err := UserPath()
	if err != nil || !strings.HasSuffix(up, filepath.Join("vitae", "skills.yaml")) {
		t.Fatalf("UserPath = %q, %v", up, err)
	}
	if err := os.MkdirAll(filepath.Dir(up), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(up, []byte("- {name: Zork, category: tool}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tx, used, err = ForUser("")
	if _, ok := tx.Lookup("Zork"); err != nil || used != up || !ok {
		t.Errorf("default user file not read: %v %q", err, used)
	}
	flag := write(t, "- {name: Frob, category: tool}\n")
	tx, used, err = ForUser(flag)
	if _, ok := tx.Lookup("Frob"); err != nil || used != flag || !ok {
		t.Errorf("--skills file not read: %v %q", err, used)
	}
	if _, _, err := ForUser(filepath.Join(t.TempDir(), "nope.yaml")); err == nil {
		t.Error("a missing --skills file is not an error")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"- {name: Go, category: language, aliases: [Golang], cased: [Go]}\n",
		"- name: X\n  category: tool\n  implies: [X]\n",
		"[]", "", "- 1\n- [a]\n", "- name: \"\\u0000\"\n  category: \"\"\n",
	} {
		f.Add([]byte(s))
	}
	base, err := DefaultEntries()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := Parse("fuzz.yaml", b, base)
		if err != nil {
			var le *Error
			if !errors.As(err, &le) || le.File != "fuzz.yaml" {
				t.Fatalf("unlocated error %T %v", err, err)
			}
			return
		}
		tx, err := skills.New(append(append([]skills.Entry(nil), base...), es...))
		if err != nil {
			t.Fatalf("parsed entries do not compile: %v", err)
		}
		_ = tx.Find(string(b))
	})
}

// TestAliasesUnambiguous keeps one alias from naming two skills by
// accident: only the aliases listed here name several on purpose.
func TestAliasesUnambiguous(t *testing.T) {
	shared := map[string]bool{
		"aws elasticsearch service": true, "amazon elasticsearch service": true, // the service and the engine
		"aws rabbitmq": true, "amazon mq for rabbitmq": true, // the service and the broker
	}
	tx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]skills.ID{}
	for _, a := range tx.Aliases() {
		k := strings.ToLower(a.Text)
		if a.Cased {
			k = "=" + a.Text
		}
		if id, ok := owner[k]; ok && id != a.Skill && !shared[k] {
			t.Errorf("alias %q names both %s and %s", a.Text, tx.Skill(id).Name, tx.Skill(a.Skill).Name)
		}
		owner[k] = a.Skill
	}
}
