//! The page's engine ([`crate::engine`]) in a web worker of its own
//! (`src/bin/engine.rs`), so that planning a budget and sorting a big roster never stop the
//! page: [`serve`] runs in the worker, [`EngineLink`] on the page.
//!
//! Messages are serde values turned into JavaScript values (serde-wasm-bindgen; the input
//! crosses as one byte array, or a big file as its `Blob`, which the worker streams into
//! its memory: the page never copies it). "Cancel" ends the worker mid-answer and starts
//! another, which is sent the roster and settings again, so it takes effect at once.
//!
//! The page does not carry the engine itself: when no worker can start, or one stops, it
//! says so ([`EngineLink::new`]'s `on_failure`). With the `page-engine` feature (the
//! browser tests, which run without the worker's files) the engine answers on the page
//! instead.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::domain::ReadOptions;
use crate::engine::{Engine, Reply, Request};
use crate::ui::input::Input;

/// The worker's loader script, beside the page (trunk writes it: `data-loader-shim`).
const LOADER: &str = "./engine_loader.js";

/// Runs the engine in this worker: answers every request posted to it, in the order they
/// come, after saying [`Reply::Ready`]; while nothing is asked, sorts a big roster's columns
/// ahead ([`Engine::warm`]), one column a task, so a request waits for one column at most.
/// A big file comes as its blob ([`READ_BLOB`]): it is streamed in, and what is asked
/// meanwhile waits for it.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let server = Rc::new(Server {
        engine: RefCell::new(Engine::new()),
        queue: RefCell::new(std::collections::VecDeque::new()),
        loading: std::cell::Cell::new(false),
        warming: Rc::new(std::cell::Cell::new(false)),
        scope: scope.clone(),
    });
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            server.queue.borrow_mut().push_back(e.data());
            Server::pump(&server);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post_reply(&scope, &Reply::Ready);
}

/// The name under which the page posts a big file's blob, with its read options (not a
/// [`Request`]: a blob is no serde value).
const READ_BLOB: &str = "read_blob";

/// The worker's side: the engine, and the messages waiting while a blob is read in.
struct Server {
    engine: RefCell<Engine>,
    queue: RefCell<std::collections::VecDeque<JsValue>>,
    /// A blob is being read in: the queue waits.
    loading: std::cell::Cell<bool>,
    warming: Rc<std::cell::Cell<bool>>,
    scope: web_sys::DedicatedWorkerGlobalScope,
}

impl Server {
    /// Answers what is queued, in order, until a blob must be read in first.
    fn pump(server: &Rc<Server>) {
        while !server.loading.get() {
            let Some(data) = server.queue.borrow_mut().pop_front() else {
                break;
            };
            if let Some((blob, options)) = blob_message(&data) {
                server.loading.set(true);
                let server = server.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let input = match crate::ui::input::read_blob(&blob).await {
                        Ok(input) => input,
                        Err(_) => {
                            // Changed or removed since it was picked: said, and the
                            // questions after are about no roster.
                            post_reply(&server.scope, &Reply::Unreadable);
                            Vec::new()
                        }
                    };
                    server.answer(Request::Read { input, options });
                    server.loading.set(false);
                    Server::pump(&server);
                });
                return;
            }
            // Only the page posts here, with values it made from a `Request`.
            if let Ok(request) = serde_wasm_bindgen::from_value::<Request>(data) {
                server.answer(request);
            }
        }
        if !server.loading.get() {
            warm_later(server.clone());
        }
    }

    fn answer(&self, request: Request) {
        // How far reading has come is posted on the way: the page shows it while the worker
        // reads on.
        let scope = &self.scope;
        let reply = self
            .engine
            .borrow_mut()
            .answer_with(request, &mut |r| post_reply(scope, &r));
        if let Some(reply) = reply {
            post_reply(scope, &reply);
        }
    }
}

/// A big file's blob and its read options, when the message is one.
fn blob_message(data: &JsValue) -> Option<(web_sys::Blob, ReadOptions)> {
    let fields = js_sys::Reflect::get(data, &JsValue::from_str(READ_BLOB)).ok()?;
    if fields.is_undefined() {
        return None;
    }
    let blob = js_sys::Reflect::get(&fields, &JsValue::from_str("blob"))
        .ok()?
        .dyn_into::<web_sys::Blob>()
        .ok()?;
    let options = js_sys::Reflect::get(&fields, &JsValue::from_str("options")).ok()?;
    Some((blob, serde_wasm_bindgen::from_value(options).ok()?))
}

/// The message [`blob_message`] reads.
fn blob_value(blob: &web_sys::Blob, options: &ReadOptions) -> Option<JsValue> {
    let fields = js_sys::Object::new();
    js_sys::Reflect::set(&fields, &JsValue::from_str("blob"), blob).ok()?;
    let options = serde_wasm_bindgen::to_value(options).ok()?;
    js_sys::Reflect::set(&fields, &JsValue::from_str("options"), &options).ok()?;
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &JsValue::from_str(READ_BLOB), &fields).ok()?;
    Some(message.into())
}

/// Sorts one more column in a task of its own, then schedules the next, until every column
/// is sorted (one chain at a time).
fn warm_later(server: Rc<Server>) {
    if server.warming.replace(true) {
        return;
    }
    gloo_timers::callback::Timeout::new(0, move || {
        server.warming.set(false);
        // A blob being read in, or questions waiting, come first.
        if server.loading.get() || !server.queue.borrow().is_empty() {
            return;
        }
        if server.engine.borrow_mut().warm() {
            warm_later(server);
        }
    })
    .forget();
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
    /// Told when no worker can start, or one stopped (with `page-engine`, the engine
    /// answers on the page instead).
    #[cfg_attr(feature = "page-engine", allow(dead_code))]
    on_failure: Callback<()>,
    worker: Option<Running>,
    /// The engine answering on the page, when no worker could start.
    #[cfg(feature = "page-engine")]
    here: Option<Engine>,
    /// The worker failed (and no engine answers on the page).
    failed: bool,
    /// The roster's input and read options last sent (the page's own bytes or blob, not a
    /// copy), for a worker started again.
    read: Option<(Input, ReadOptions)>,
    /// The settings last sent.
    settings: Option<JsValue>,
    /// The order asked for and not answered yet (sent again to a new worker).
    order: Option<(u32, JsValue)>,
    /// The table's rows asked for and not answered yet (sent again to a new worker).
    rows: Option<(u32, JsValue)>,
    /// The overview asked for and not answered yet (sent again to a new worker).
    view: Option<(u32, JsValue)>,
    /// The plan asked for and not answered yet (made on the page if the worker fails;
    /// not asked again of a worker started by "Cancel").
    plan: Option<(u32, JsValue)>,
}

/// A message for the worker: a request made into a JavaScript value, or the roster's
/// input, made into one only when posted (it may be big).
#[derive(Clone)]
enum Msg {
    Read,
    Value(JsValue),
}

struct Running {
    worker: web_sys::Worker,
    /// Said `Ready`: messages posted before that could be lost.
    ready: bool,
    /// Messages waiting for `Ready`.
    queue: Vec<Msg>,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Running {
    /// Ends the worker and unhooks its handlers before their closures go: a message the
    /// worker posted just before it was ended can still be dispatched on the page, and it
    /// must not call a dropped closure (wasm-bindgen throws "closure invoked recursively or
    /// after being dropped").
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// `Request::Read` as a JavaScript value, its bytes copied out of the wasm memory once
/// into an array whose buffer is handed over to the worker (not copied again), with that
/// buffer.
fn read_value(input: &[u8], options: &ReadOptions) -> Option<(JsValue, js_sys::Array)> {
    let request = Request::Read {
        input: Vec::new(),
        options: options.clone(),
    };
    let value = serde_wasm_bindgen::to_value(&request).ok()?;
    let fields = js_sys::Reflect::get(&value, &JsValue::from_str("read")).ok()?;
    let bytes = js_sys::Uint8Array::from(input);
    js_sys::Reflect::set(&fields, &JsValue::from_str("input"), &bytes).ok()?;
    Some((value, js_sys::Array::of1(&bytes.buffer())))
}

impl Link {
    /// The engine answers on the page (`page-engine` only).
    fn answers_here(&self) -> bool {
        #[cfg(feature = "page-engine")]
        return self.here.is_some();
        #[cfg(not(feature = "page-engine"))]
        false
    }

    fn post(&self, worker: &web_sys::Worker, msg: &Msg) {
        match msg {
            Msg::Value(v) => {
                let _ = worker.post_message(v);
            }
            Msg::Read => match &self.read {
                Some((Input::Bytes(input), options)) => {
                    if let Some((value, transfer)) = read_value(input, options) {
                        let _ = worker.post_message_with_transfer(&value, &transfer);
                    }
                }
                // The blob itself: the browser hands the worker the file, not a copy.
                Some((Input::Blob(blob), options)) => {
                    if let Some(value) = blob_value(blob, options) {
                        let _ = worker.post_message(&value);
                    }
                }
                None => {}
            },
        }
    }

    /// What a new engine must be told: the roster, the settings and an order still awaited.
    fn replay(&self) -> Vec<Msg> {
        let read = self.read.as_ref().map(|_| Msg::Read);
        let settings = self.settings.clone().map(Msg::Value);
        let order = self.order.as_ref().map(|(_, v)| Msg::Value(v.clone()));
        let rows = self.rows.as_ref().map(|(_, v)| Msg::Value(v.clone()));
        let view = self.view.as_ref().map(|(_, v)| Msg::Value(v.clone()));
        [read, settings, view, order, rows]
            .into_iter()
            .flatten()
            .collect()
    }
}

impl EngineLink {
    /// The page's end of the engine; `on_reply` gets every answer, `on_failure` is told
    /// when no worker can start or one stopped (nothing is answered from then on). The
    /// worker starts when the first roster arrives, so the page's first load does not
    /// fetch it.
    pub fn new(on_reply: Callback<Reply>, on_failure: Callback<()>) -> EngineLink {
        EngineLink(Rc::new(RefCell::new(Link {
            on_reply,
            on_failure,
            worker: None,
            #[cfg(feature = "page-engine")]
            here: None,
            failed: false,
            read: None,
            settings: None,
            order: None,
            rows: None,
            view: None,
            plan: None,
        })))
    }

    /// Starts the worker if it is not running (nor the engine answering on the page): it is
    /// told what it must know first ([`Link::replay`]).
    fn ensure_started(&self) {
        let idle = {
            let l = self.0.borrow();
            l.worker.is_none() && !l.answers_here() && !l.failed
        };
        if idle {
            self.start();
        }
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
            // The worker could not load (or stopped).
            if let Some(link) = weak.upgrade() {
                EngineLink(link).failed();
            }
        });
        let worker = match web_sys::Worker::new(LOADER) {
            Ok(w) => w,
            Err(_) => {
                self.failed();
                return;
            }
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut l = self.0.borrow_mut();
        let queue = l.replay();
        l.worker = Some(Running {
            worker,
            ready: false,
            queue,
            _on_message: on_message,
            _on_error: on_error,
        });
    }

    /// The worker failed: said, and nothing more is asked of it (with `page-engine`, the
    /// engine answers on the page from now on instead).
    fn failed(&self) {
        #[cfg(feature = "page-engine")]
        return self.answer_here();
        #[cfg(not(feature = "page-engine"))]
        {
            let on_failure = {
                let mut l = self.0.borrow_mut();
                if l.failed {
                    return;
                }
                l.failed = true;
                // Dropping the worker ends it.
                l.worker = None;
                l.on_failure.clone()
            };
            on_failure.emit(());
        }
    }

    /// The engine answers on the page from now on, starting with the roster, the settings
    /// and what the worker was asked and did not answer (a big file's blob is not read
    /// here: the browser tests hand the page bytes).
    #[cfg(feature = "page-engine")]
    fn answer_here(&self) {
        let requests = {
            let mut l = self.0.borrow_mut();
            if l.here.is_some() {
                return;
            }
            // Dropping the worker ends it.
            l.worker = None;
            l.here = Some(Engine::new());
            let mut requests = Vec::new();
            if let Some((Input::Bytes(input), options)) = &l.read {
                requests.push(Request::Read {
                    input: input.to_vec(),
                    options: options.clone(),
                });
            }
            let values = [
                l.settings.clone(),
                l.order.clone().map(|(_, v)| v),
                l.view.clone().map(|(_, v)| v),
                l.rows.clone().map(|(_, v)| v),
                l.plan.clone().map(|(_, v)| v),
            ];
            requests.extend(
                values
                    .into_iter()
                    .flatten()
                    .filter_map(|v| serde_wasm_bindgen::from_value::<Request>(v).ok()),
            );
            requests
        };
        for request in requests {
            self.answer_on_page(request);
        }
    }

    #[cfg(feature = "page-engine")]
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
                    if let Some(mut r) = l.worker.take() {
                        r.ready = true;
                        for msg in r.queue.drain(..) {
                            l.post(&r.worker, &msg);
                        }
                        l.worker = Some(r);
                    }
                    return;
                }
                Reply::Ordered { ticket, .. } => {
                    if l.order.as_ref().is_some_and(|(t, _)| t == ticket) {
                        l.order = None;
                    }
                }
                Reply::Exported { .. } | Reply::Reading(_) | Reply::Unreadable => {}
                Reply::Viewed { ticket, .. } => {
                    if l.view.as_ref().is_some_and(|(t, _)| t == ticket) {
                        l.view = None;
                    }
                }
                Reply::Rows { ticket, .. } => {
                    if l.rows.as_ref().is_some_and(|(t, _)| t == ticket) {
                        l.rows = None;
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

    /// The roster's input and how to read it: what every later question is about.
    pub fn read(&self, input: Input, options: ReadOptions) {
        {
            let mut l = self.0.borrow_mut();
            // Questions about the roster before are not answered any more.
            l.order = None;
            l.rows = None;
            l.read = Some((input.clone(), options.clone()));
        }
        #[cfg(feature = "page-engine")]
        if self.0.borrow().here.is_some() {
            if let Input::Bytes(input) = &input {
                self.answer_on_page(Request::Read {
                    input: input.to_vec(),
                    options,
                });
            }
            return;
        }
        if self.0.borrow().failed {
            return;
        }
        if self.0.borrow().worker.is_none() {
            // Nothing to ask about yet: no worker for an empty page.
            if !input.is_empty() {
                self.start();
            }
            return;
        }
        self.dispatch(Msg::Read);
    }

    /// Sends one request (answered later, through the callback). For the roster's input,
    /// [`EngineLink::read`].
    pub fn send(&self, request: Request) {
        #[cfg(feature = "page-engine")]
        if self.0.borrow().here.is_some() {
            self.answer_on_page(request);
            return;
        }
        if self.0.borrow().failed {
            return;
        }
        if matches!(
            request,
            Request::Plan { .. }
                | Request::Order { .. }
                | Request::Rows { .. }
                | Request::Export { .. }
                | Request::View { .. }
        ) {
            self.ensure_started();
        }
        if matches!(request, Request::Plan { .. }) && self.0.borrow().plan.is_some() {
            // A newer plan wins: the worker would finish the one asked before first.
            self.restart();
        }
        let Ok(value) = serde_wasm_bindgen::to_value(&request) else {
            return;
        };
        {
            let mut l = self.0.borrow_mut();
            match &request {
                // An export is asked once, by a click.
                Request::Read { .. } | Request::Export { .. } => {}
                Request::Settings(_) => l.settings = Some(value.clone()),
                Request::Order { ticket, .. } => l.order = Some((*ticket, value.clone())),
                Request::Rows { ticket, .. } => l.rows = Some((*ticket, value.clone())),
                Request::View { ticket, .. } => l.view = Some((*ticket, value.clone())),
                Request::Plan { ticket, .. } => l.plan = Some((*ticket, value.clone())),
            }
        }
        self.dispatch(Msg::Value(value));
    }

    /// Posts now, or once the worker is ready.
    fn dispatch(&self, msg: Msg) {
        let mut l = self.0.borrow_mut();
        let Some(mut r) = l.worker.take() else {
            return;
        };
        if r.ready {
            l.post(&r.worker, &msg);
        } else {
            r.queue.push(msg);
        }
        l.worker = Some(r);
    }

    /// Stops reading the roster: the worker is ended and another started, told nothing of
    /// that roster (the page forgets it too).
    pub fn cancel_read(&self) {
        {
            let mut l = self.0.borrow_mut();
            l.read = None;
            l.order = None;
            l.rows = None;
            l.view = None;
        }
        self.restart();
    }

    /// Drops whatever the engine is doing (a plan being made): ends its worker and starts
    /// another, which is told the roster, the settings and an order still awaited.
    pub fn restart(&self) {
        let old = {
            let mut l = self.0.borrow_mut();
            l.plan = None;
            l.worker.take()
        };
        let Some(old) = old else {
            return;
        };
        drop(old);
        self.start();
    }
}
