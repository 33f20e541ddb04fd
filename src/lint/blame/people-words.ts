/**
 * The vocabulary of who is a person: pronouns, roles, teams; and of what is not, though it may look like a name:
 * function words, calendar words, and the systems, products and services that postmortems name. Lower-case.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Pronouns that always mean a person. */
export const PERSONAL_PRONOUNS = words('he she him her his hers himself herself i me my myself');

/** Pronouns that mean a person only when a person was named before them in the sentence (they also stand for things). */
export const PLURAL_PRONOUNS = words('they them their theirs themselves');

/** Words for an unnamed person or people. */
export const SOMEONE = words('someone somebody anyone anybody everyone everybody whoever people humans');

/** "Nobody" and "no one" (as "nobody"): people, though a statement that nobody did something is not blame. */
export const NOBODY = words('nobody');

/** The last word of a role: a person named by what they do. */
export const ROLE_HEADS = words(`
  engineer engineers developer developers dev devs programmer programmers coder coders operator operators on-call oncall
  on-caller on-callers on-calls oncaller reviewer reviewers approver approvers author deployer deployers releaser admin admins
  administrator administrators sysadmin sysadmins dba dbas sre sres responder responders commander commanders ic scribe
  manager managers lead leads owner owners contractor contractors consultant consultants freelancer freelancers intern interns
  trainee trainees newcomer newcomers hire hires employee employees staffer staffers teammate teammates colleague colleagues
  coworker coworkers co-worker co-workers person individual human technician technicians architect architects analyst analysts
  tester testers pm pms cto ceo cio ciso vp director directors executive executives specialist specialists coordinator
  coordinators agent agents rep reps representative representatives maintainer maintainers committer committers
  contributor contributors expert experts guy guys lady operative sheriff captain driver drivers nurse nurses doctor doctors
  physician physicians surgeon surgeons pilot pilots copilot co-pilot pharmacist pharmacists clerk clerks cashier cashiers
  teller tellers dispatcher dispatchers controller controllers mechanic mechanics electrician electricians chef chefs cook
  cooks officer officers guard guards accountant accountants lawyer lawyers editor editors designer designers producer
  producers teacher teachers supervisor supervisors foreman inspector inspectors auditor auditors planner planners trader
  traders banker bankers underwriter underwriters paramedic paramedics firefighter firefighters member members technologist
  researcher researchers scientist scientists librarian moderator moderators handler handlers storekeeper receptionist
  merchandiser merchandisers buyer buyers steward stewards custodian custodians assistant assistants associate associates`);

/** The last word of a team: a group of people. */
export const TEAM_HEADS = words('team teams squad squads desk desks helpdesk department departments dept org organisation organization division crew crews guild folks tribe chapter vendor vendors supplier suppliers shift shifts staff partner partners group groups');

/** Words that name a team on their own ("QA", "Support", "Ops"), when they are the subject of a verb. */
export const TEAM_WORDS = words(`
  qa support ops devops secops netops noc soc sre sres dbas security frontend front-end backend back-end infra
  infrastructure it networking engineering management leadership marketing sales legal finance hr procurement
  facilities operations compliance helpdesk payroll dispatch`);

/** Two-word teams ("customer success"): the second words a first word takes. */
export const TEAM_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['customer', words('success support service care experience')],
  ['product', words('management')],
  ['release', words('engineering eng')],
  ['site', words('reliability')],
]);

/** Words that may stand between a determiner and a role or team ("the weekend on-call", "a better trained admin"). */
export const MODIFIER_LIMIT = 4;

/** Words that start a noun phrase ("the on-call", "our DBA", "a junior developer"). */
export const DETERMINERS = words('the a an our their his her your my this that these those any every each one another whichever whatever some no');

/**
 * Capitalised words that are never a person's name: function words, discourse words that open sentences, days,
 * months. (Some given-name tables list "The", "May" or "Will"; these win over them.)
 */
export const NOT_NAMES = words(`
  the a an this that these those it its we our us you your they them their there here what who whom whose which why how
  when where while whether if unless because since although though as so but and or nor yet not no yes only also just
  then thus hence therefore however meanwhile moreover furthermore nevertheless still even once again after before during
  until till upon with without within into onto from for of at by on in out over under about above below between among
  through across against toward towards around per via unfortunately sadly luckily fortunately ultimately eventually
  finally first second third next last later earlier initially today yesterday tomorrow tonight overall instead otherwise
  indeed clearly obviously perhaps maybe certainly honestly seriously frankly basically essentially additionally also both
  either neither all some many most few several each every none nothing something anything everything other another such
  do does did done is are was were be been being has have had will would shall should can could may might must ought
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
  november december q1 q2 q3 q4 am pm utc gmt ok okay note see fix add update why whose root cause lesson lessons
  impact summary timeline action actions item items status severity sev sev1 sev2 sev3 sev4 p1 p2 p3 p4 primary secondary
  thanks thank kudos credit great huge well poorly bless chalk responsibility given understandably apparently`);

/**
 * Systems, products, services and common nouns of operations that are written capitalised but are not people
 * (Kafka, Jenkins, Redis…), and words that open sentences about systems ("Memory", "Cache", "Staging").
 */
export const SYSTEMS = words(`
  kafka redis jenkins kubernetes k8s postgres postgresql mysql mariadb mongo mongodb cassandra elasticsearch opensearch kibana
  logstash grafana prometheus alertmanager datadog newrelic splunk sentry pagerduty opsgenie statuspage slack zoom jira linear
  github gitlab bitbucket circleci travis buildkite drone argo argocd flux spinnaker helm terraform pulumi ansible puppet chef
  salt saltstack docker podman containerd nginx envoy haproxy traefik istio linkerd consul vault nomad etcd zookeeper rabbitmq
  nats pulsar kinesis sqs sns s3 ec2 ecs eks gke aks lambda cloudfront cloudflare fastly akamai aws gcp azure heroku vercel
  netlify okta auth0 stripe twilio sendgrid mailgun segment snowflake bigquery redshift airflow spark hadoop hive flink celery
  sidekiq memcached varnish cron systemd linux windows macos ios android chrome firefox safari edge node nodejs java python
  ruby rails django spring react angular vue webpack npm yarn pip maven gradle bazel git dns cdn api apis sdk cli ci cd vpn
  waf rds dynamodb aurora spanner bigtable firestore firebase supabase cockroachdb vitess clickhouse influxdb loki tempo jaeger
  zipkin opentelemetry fluentd nagios zabbix icinga pingdom dependabot renovate mergify copilot zendesk intercom salesforce
  hubspot confluence notion sharepoint outlook gmail google amazon microsoft apple meta facebook twitter oracle ibm vmware
  cisco juniper cloudwatch honeycomb rollbar bugsnag launchdarkly unleash kong apigee graphql grpc http https tls ssl ssh
  ldap saml oauth sso bgp tcp udp ceph minio ebs gcs nfs cert-manager karpenter keda vector pgbouncer patroni sqlite
  memory cache storage traffic latency staging production prod replication failover alerting monitoring logging paging
  validation testing deployment deploys deploy release rollout rollback migration config configuration checkout billing
  payments search login auth ingress egress gateway proxy router firewall queue scheduler autoscaler canary backup backups
  cluster nodes node pods pod disk cpu load health probe dashboard dashboards alert alerts page pages pager metrics logs
  capacity network dns certificate certificates tests ci/cd pipeline pipelines build builds automation tooling bot bots
  system systems service services data layer platforms platform`);

/** Names that teams give their services as often as parents give their children (a person only with a pronoun or a human act). */
export const SERVICE_LIKE_NAMES = words(`
  atlas apollo hermes zeus athena phoenix nova orion titan mercury jupiter neptune vulcan pegasus hydra kraken cerberus argus
  janus odin thor loki freya medusa prometheus helios gaia chronos kronos ares artemis poseidon hades hera iris echo luna
  aurora sirius vega polaris andromeda nebula comet falcon eagle hawk raven condor griffin sphinx oracle sentinel beacon
  mercury saturn venus mars pluto triton atlas`);

/** Titles before a name ("Captain Olsen", "Dr Okafor"). */
export const TITLES = words('captain capt dr doctor mr mrs ms mx miss prof professor officer sergeant sgt nurse chef coach judge');

/** Modifiers that make "manager", "operator", "agent", "controller" software: "the lock manager", "the device driver". */
export const TECH_MODIFIERS = words(`
  consumer scaling auto-scaling autoscaling target log parameter subnet placement option replica availability lock cert package secret connection session task resource device entity transaction window state thread event file
  volume ingress egress traffic memory process policy replication leader election load power fleet container window
  kernel display boot password key identity certificate job query cluster pod node disk storage`);

/** Words after a capitalised name that make it a system ("Atlas service", "Orion cluster"). */
export const SYSTEM_NOUNS = words(`
  service services cluster clusters api apis job jobs db database databases queue queues bucket buckets pipeline pipelines
  node nodes pod pods server servers host hosts instance instances endpoint endpoints library sdk client clients config
  configs deployment deployments app apps application worker workers daemon daemons proxy gateway broker brokers topic
  topics table tables index schema stack module package plugin repo repository build builds release releases version
  integration migration cron script scripts bot tool tooling platform region regions zone shard shards replica replicas
  primary cache container containers image images function functions lambda process controller operator`);
