/** Pairs of corpus postmortems (file names) a reader calls related: the CLI and the server must each find either in the other's top five. */

/** Documents a reader calls related: the same company's recurring failure, or the same failure class. */
export const RELATED: [string, string][] = [
  ['dfds__PM2021-005-All-services-returning-503-in-Kubernetes.md', 'dfds__PM2021-006-All-services-returning-503-in-Kubernetes.md'],
  ['dfds__PM2021-002-Flux-version-bump-causing-component-downtime.md', 'dfds__PM2021-003-Flux-version-bump-causing-component-downtime.md'],
  ['dfds__PM2022-002-Logs-not-shipped-to-CloudWatch.md', 'dfds__PM2023-002-Logs-not-shipped-to-CloudWatch.md'],
  ['dfds__PM2021-001-Logs-from-Kubernetes-not-shipped-to-CWL.md', 'dfds__PM2022-002-Logs-not-shipped-to-CloudWatch.md'],
  ['dfds__PM2022-004-Kafka-metrics-missing-from-Prometheus.md', 'dfds__PM2022-007-Kafka-metrics-stopped-being-exported-to-Prometheus.md'],
  ['dfds__PM2020-002-KIAM-service-disruption-on-Hellman.md', 'dfds__PM2020-009-KIAM-service-disruption-due-to-upgrade.md'],
  ['dfds__PM2020-003-Postmortem-for-ADSync-migration.md', 'dfds__PM2020-006-ADSync-service-accounts.md'],
  ['dfds__PM2022-003-Two-Kuberneste-nodes-were-down.md', 'dfds__PM2024-001-Two-Kubernetes-nodes-went-into-NotReady-state.md'],
  ['chia__2021-10-31-EmployeeCompromise.md', 'chia__2021-12-15-EmployeeCompromise.md'],
  ['chia__2021-12-15-EmployeeCompromise.md', 'chia__2022-01-20-EmployeeCompromise.md'],
  ['chia__2023-01-31-Negative-values-allowed-in-settlement_payments.md', 'chia__2023-05-08-Negative-values-allowed-in-settlement_payments.md'],
  ['chia__2024-03-07-unfinished_blocks-cache.md', 'chia__2024-03-07-unfinished_blocks-different-foliage.md'],
  ['kubernetes-test-infra__2019-02-05-partial-prow-outage.md', 'kubernetes-test-infra__2019-05-30-prow-flakiness.md'],
];
