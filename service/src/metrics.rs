//! The service's Prometheus metrics (served in OpenMetrics text at
//! `/metrics`).

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

type Labels = Vec<(&'static str, String)>;

/// Every metric the service exports.
pub struct Metrics {
    registry: Registry,
    /// HTTP requests by route and status code.
    pub requests: Family<Labels, Counter>,
    /// HTTP latency by route.
    pub latency: Family<Labels, Histogram, fn() -> Histogram>,
    /// Evaluations (runs of user code) by API status.
    pub evaluations: Family<Labels, Counter>,
    /// Requests admitted and waiting for a worker.
    pub queue_depth: Gauge,
    /// Evaluations running now.
    pub in_flight: Gauge,
    /// Workers killed or lost and replaced.
    pub worker_restarts: Counter,
    /// Configured size of the worker pool.
    pub workers: Gauge,
}

fn latency_histogram() -> Histogram {
    // 0.25 ms … ~33 s
    Histogram::new(exponential_buckets(0.000_25, 2.0, 18))
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// Creates and registers the metrics.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("kaa");
        let requests = Family::<Labels, Counter>::default();
        let latency = Family::<Labels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram as fn() -> Histogram,
        );
        let evaluations = Family::<Labels, Counter>::default();
        let queue_depth = Gauge::default();
        let in_flight = Gauge::default();
        let worker_restarts = Counter::default();
        let workers = Gauge::default();
        registry.register(
            "http_requests",
            "HTTP requests by route and status code",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency by route",
            latency.clone(),
        );
        registry.register(
            "evaluations",
            "Evaluations by result status",
            evaluations.clone(),
        );
        registry.register(
            "queue_depth",
            "Admitted requests waiting for a worker",
            queue_depth.clone(),
        );
        registry.register("in_flight", "Evaluations running now", in_flight.clone());
        registry.register(
            "worker_restarts",
            "Workers replaced after a crash, kill or retirement",
            worker_restarts.clone(),
        );
        registry.register("workers", "Configured worker pool size", workers.clone());
        Metrics {
            registry,
            requests,
            latency,
            evaluations,
            queue_depth,
            in_flight,
            worker_restarts,
            workers,
        }
    }

    /// Records one finished HTTP request.
    pub fn record_request(&self, route: &str, status: u16, seconds: f64) {
        self.requests
            .get_or_create(&vec![
                ("route", route.to_string()),
                ("code", status.to_string()),
            ])
            .inc();
        self.latency
            .get_or_create(&vec![("route", route.to_string())])
            .observe(seconds);
    }

    /// Records one evaluation's API status.
    pub fn record_evaluation(&self, status: &str) {
        self.evaluations
            .get_or_create(&vec![("status", status.to_string())])
            .inc();
    }

    /// The OpenMetrics text of every metric.
    pub fn render(&self) -> String {
        let mut text = String::new();
        if encode(&mut text, &self.registry).is_err() {
            text.clear();
        }
        text
    }
}
