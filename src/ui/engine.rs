//! The page's engine ([`crate::domain::engine`]) in a web worker of its own
//! (`src/bin/engine.rs`), so that planning a budget and sorting a big roster never stop the
//! page: [`serve`] runs in the worker, [`EngineLink`] on the page.
//!
//! Messages are serde values turned into JavaScript values (serde-wasm-bindgen; the input
//! crosses as one byte array). "Cancel" ends the worker mid-answer and starts another,
//! which is sent the roster and settings again, so it takes effect at once. When no worker
//! can start (a browser without them, a page opened from disk), the engine answers on the
//! page itself, as it did before the worker.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::domain::engine::{order_from_bytes, Engine, Reply, Request};
use crate::ui::state::{Action, State};

/// The worker's loader script, beside the page (trunk writes it: `data-loader-shim`).
const LOADER: &str = "./engine_loader.js";

/// Runs the engine in this worker: answers every request posted to it, after saying
/// [`Reply::Ready`].
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let engine = RefCell::new(Engine::new());
    let replies = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            // Only the page posts here, with values it made from a `Request`.
            let Ok(request) = serde_wasm_bindgen::from_value::<Request>(e.data()) else {
                return;
            };
            if let Some(reply) = engine.borrow_mut().answer(request) {
                post_reply(&replies, &reply);
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post_reply(&scope, &Reply::Ready);
}

fn post_reply(scope: &web_sys::DedicatedWorkerGlobalScope, reply: &Reply) {
    if let Ok(v) = serde_wasm_bindgen::to_value(reply) {
        let _ = scope.post_message(&v);
    }
}

/// The page's end of the engine: sends requests, hands replies to a callback.
#[derive(Clone)]
pub struct EngineLink(Rc<RefCell<Link>>);

impl PartialEq for EngineLink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Link {
    on_reply: Callback<Reply>,
    worker: Option<Running>,
    /// The engine answering on the page, when no worker could start.
    here: Option<Engine>,
    /// The last roster and settings sent, for a worker started again.
    read: Option<JsValue>,
    settings: Option<JsValue>,
    /// The order asked for and not answered yet (sent again to a new worker).
    order: Option<(u32, JsValue)>,
    /// The plan asked for and not answered yet (made on the page if the worker fails;
    /// not asked again of a worker started by "Cancel").
    plan: Option<(u32, JsValue)>,
}

struct Running {
    worker: web_sys::Worker,
    /// Said `Ready`: messages posted before that could be lost.
    ready: bool,
    /// Requests waiting for `Ready`.
    queue: Vec<JsValue>,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl EngineLink {
    /// Starts the worker; `on_reply` gets every answer.
    pub fn new(on_reply: Callback<Reply>) -> EngineLink {
        let link = EngineLink(Rc::new(RefCell::new(Link {
            on_reply,
            worker: None,
            here: None,
            read: None,
            settings: None,
            order: None,
            plan: None,
        })));
        link.start();
        link
    }

    fn start(&self) {
        let weak = Rc::downgrade(&self.0);
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(link) = weak.upgrade() else {
                    return;
                };
                let Ok(reply) = serde_wasm_bindgen::from_value::<Reply>(e.data()) else {
                    return;
                };
                EngineLink(link).received(reply);
            });
        let weak = Rc::downgrade(&self.0);
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
            // The worker could not load (or stopped): answer on the page from now on.
            if let Some(link) = weak.upgrade() {
                EngineLink(link).answer_here();
            }
        });
        let worker = match web_sys::Worker::new(LOADER) {
            Ok(w) => w,
            Err(_) => {
                self.answer_here();
                return;
            }
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut l = self.0.borrow_mut();
        let queue: Vec<JsValue> = [
            l.read.clone(),
            l.settings.clone(),
            l.order.as_ref().map(|(_, v)| v.clone()),
        ]
        .into_iter()
        .flatten()
        .collect();
        l.worker = Some(Running {
            worker,
            ready: false,
            queue,
            _on_message: on_message,
            _on_error: on_error,
        });
    }

    /// The worker failed: the engine answers on the page, starting with what the worker
    /// was asked and did not answer.
    fn answer_here(&self) {
        let (queue, read, settings, order, plan) = {
            let mut l = self.0.borrow_mut();
            if l.here.is_some() {
                return;
            }
            let queue = match l.worker.take() {
                Some(r) => {
                    r.worker.terminate();
                    r.queue
                }
                None => Vec::new(),
            };
            l.here = Some(Engine::new());
            let plan = l.plan.clone();
            (
                queue,
                l.read.clone(),
                l.settings.clone(),
                l.order.clone(),
                plan,
            )
        };
        let pending = if queue.is_empty() {
            [read, settings, order.map(|(_, v)| v), plan.map(|(_, v)| v)]
                .into_iter()
                .flatten()
                .collect()
        } else {
            queue
        };
        for v in pending {
            if let Ok(request) = serde_wasm_bindgen::from_value::<Request>(v) {
                self.answer_on_page(request);
            }
        }
    }

    fn answer_on_page(&self, request: Request) {
        let reply = {
            let mut l = self.0.borrow_mut();
            match l.here.as_mut() {
                Some(engine) => engine.answer(request),
                None => None,
            }
        };
        if let Some(reply) = reply {
            self.received(reply);
        }
    }

    fn received(&self, reply: Reply) {
        let on_reply = {
            let mut l = self.0.borrow_mut();
            match &reply {
                Reply::Ready => {
                    if let Some(r) = l.worker.as_mut() {
                        r.ready = true;
                        for v in r.queue.drain(..) {
                            let _ = r.worker.post_message(&v);
                        }
                    }
                    return;
                }
                Reply::Ordered { ticket, .. } => {
                    if l.order.as_ref().is_some_and(|(t, _)| t == ticket) {
                        l.order = None;
                    }
                }
                Reply::Planned { ticket, .. } => {
                    if l.plan.as_ref().is_some_and(|(t, _)| t == ticket) {
                        l.plan = None;
                    }
                }
            }
            l.on_reply.clone()
        };
        on_reply.emit(reply);
    }

    /// Sends one request (answered later, through the callback).
    pub fn send(&self, request: Request) {
        if self.0.borrow().here.is_some() {
            self.answer_on_page(request);
            return;
        }
        if matches!(request, Request::Plan { .. }) && self.0.borrow().plan.is_some() {
            // A newer plan wins: the worker would finish the one asked before first.
            self.restart();
        }
        let Ok(value) = serde_wasm_bindgen::to_value(&request) else {
            return;
        };
        let mut l = self.0.borrow_mut();
        match &request {
            Request::Read { .. } => {
                l.read = Some(value.clone());
                // Questions about the roster before are not answered any more.
                l.order = None;
            }
            Request::Settings(_) => l.settings = Some(value.clone()),
            Request::Order { ticket, .. } => l.order = Some((*ticket, value.clone())),
            Request::Plan { ticket, .. } => l.plan = Some((*ticket, value.clone())),
        }
        if let Some(r) = l.worker.as_mut() {
            if r.ready {
                let _ = r.worker.post_message(&value);
            } else {
                r.queue.push(value);
            }
        }
    }

    /// Drops whatever the engine is doing (a plan being made): ends its worker and starts
    /// another, which is sent the roster, the settings and an order still awaited.
    pub fn restart(&self) {
        let old = {
            let mut l = self.0.borrow_mut();
            l.plan = None;
            l.worker.take()
        };
        let Some(old) = old else {
            return;
        };
        old.worker.terminate();
        drop(old);
        self.start();
    }
}

/// The page's engine, kept told of the roster and the settings, asked for each plan and
/// big order the state wants, its answers dispatched as [`Action`]s. Returns the link
/// (for "Cancel").
#[yew::hook]
pub fn use_engine(state: &yew::UseReducerHandle<State>) -> EngineLink {
    use yew::{use_effect_with, use_memo};
    let link = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            EngineLink::new(Callback::from(move |reply: Reply| match reply {
                Reply::Ready => {}
                Reply::Ordered { ticket, order } => dispatcher.dispatch(Action::Ordered {
                    ticket,
                    order: order_from_bytes(&order),
                }),
                Reply::Planned { ticket, planning } => {
                    dispatcher.dispatch(Action::Planned { ticket, planning })
                }
            }))
        })
    };
    // Declared in this order, so that in one render the roster and the settings reach the
    // engine before the questions about them.
    {
        let link = (*link).clone();
        use_effect_with(
            (state.input.clone(), state.read_options.clone()),
            move |(input, options)| {
                link.send(Request::Read {
                    input: input.to_vec(),
                    options: options.clone(),
                });
            },
        );
    }
    {
        let link = (*link).clone();
        use_effect_with(state.settings.clone(), move |settings| {
            link.send(Request::Settings(settings.clone()));
        });
    }
    {
        let link = (*link).clone();
        use_effect_with(state.plan_request.clone(), move |request| {
            if let Some(r) = request {
                link.send(Request::Plan {
                    ticket: r.ticket,
                    split: r.split.clone(),
                    currency: r.currency,
                });
            }
        });
    }
    {
        let link = (*link).clone();
        use_effect_with(state.order_request.clone(), move |request| {
            if let Some(r) = request {
                link.send(Request::Order {
                    ticket: r.ticket,
                    filter: r.filter.clone(),
                    key: r.sort.0,
                    ascending: r.sort.1,
                });
            }
        });
    }
    (*link).clone()
}
