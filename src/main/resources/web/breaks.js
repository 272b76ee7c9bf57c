// The breaks page's reminders. The schedule is the server's (the same rules as `unknot breaks`):
// this script asks where it stands every few seconds, shows the notice and the break, and sends the
// person's answers back. Reminders pause while the tab is hidden unless the person chose otherwise;
// time away is read with the Idle Detection API where the browser has it and allows it, otherwise
// the schedule counts from the last break.
(function () {
  'use strict';
  var live = document.getElementById('break-live');
  if (!live || !window.fetch) {
    return;
  }
  live.hidden = false;
  var el = function (id) { return document.getElementById(id); };
  var poll = Math.max(250, parseInt(live.getAttribute('data-poll'), 10) || 20000);
  var speed = Math.max(1, Math.min(1000, parseInt(live.getAttribute('data-speed'), 10) || 1));
  var csrf = live.getAttribute('data-csrf');
  var keepHidden = el('keep-hidden');
  var last = null;
  var announced = null;
  var pending = null;
  var countdown = null;
  var idleSince = null;
  var stopped = false;
  var KEEP = 'unknot.breaks.keepHidden';

  try {
    keepHidden.checked = window.localStorage.getItem(KEEP) === 'yes';
  } catch (e) { /* storage may be off: keep the default */ }
  keepHidden.addEventListener('change', function () {
    try {
      window.localStorage.setItem(KEEP, keepHidden.checked ? 'yes' : 'no');
    } catch (e) { /* nothing to remember it in */ }
    check();
  });

  function post(path, body) {
    return fetch('/api/breaks/' + path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          json.status = response.status;
          throw json;
        }
        return json;
      });
    });
  }

  function said(text) {
    el('break-said').textContent = text || '';
  }

  function problem(json) {
    if (json && json.status === 401) {
      stopped = true;
      el('break-status').textContent = 'You are signed out: sign in again for reminders.';
      return;
    }
    said(json && json.detail ? 'Not done: ' + json.detail + '.' : 'unknot could not be reached; it tries again shortly.');
  }

  function hiddenPause() {
    return document.hidden && !keepHidden.checked;
  }

  function idleSeconds() {
    return idleSince === null ? 0 : Math.max(0, Math.round((Date.now() - idleSince) / 1000));
  }

  function notify(title, body) {
    if (!('Notification' in window) || window.Notification.permission !== 'granted') {
      return;
    }
    try {
      new window.Notification(title, { body: body, tag: 'unknot-break' });
    } catch (e) { /* some browsers allow notifications only from a service worker */ }
  }

  function schedule() {
    window.clearTimeout(pending);
    if (!stopped) {
      pending = window.setTimeout(check, poll);
    }
  }

  function check() {
    if (hiddenPause()) {
      schedule();
      return;
    }
    post('check', { idleSeconds: idleSeconds() }).then(show, problem).then(schedule, schedule);
  }

  function act(path, body) {
    return post(path, body).then(show, problem);
  }

  function show(json) {
    var state = json.state;
    el('break-status').textContent = json.message;
    el('break-today').textContent = json.today.words;
    if (json.said) {
      said(json.said);
    }
    var notice = el('break-notice');
    // The notice stays up until its break comes (the server has it shown once, then says "waiting").
    notice.hidden = !(state === 'notice' || (state === 'waiting' && json.breakAt === announced));
    if (state === 'notice') {
      announced = json.breakAt;
      notice.textContent = json.message;
      notify('A movement break soon', json.message);
      post('notice-shown');
    }
    var prompt = el('break-prompt');
    prompt.hidden = state !== 'due';
    if (state === 'due') {
      el('break-prompt-kind').textContent = json.message;
      var postpone = el('break-postpone');
      postpone.hidden = !json.mayPostpone;
      postpone.textContent = 'Postpone ' + json.postponeMinutes + ' minutes';
      if (!last || last.state !== 'due') {
        notify('Movement break now', json.message);
        el('break-start').focus();
      }
    }
    el('break-timer').hidden = state !== 'started';
    if (state === 'started' && (!last || last.state !== 'started')) {
      run(json);
    }
    if (state !== 'started') {
      window.clearTimeout(countdown);
    }
    el('break-now').hidden = state !== 'waiting' && state !== 'notice';
    var paused = state === 'paused';
    el('break-resume').hidden = !paused;
    el('break-pause').hidden = paused || state === 'off';
    el('break-tomorrow').hidden = paused || state === 'off';
    last = json;
  }

  function clockFace(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function run(json) {
    var offer = json.offer;
    var list = el('break-exercises');
    list.textContent = '';
    var help = el('break-help');
    help.hidden = !offer.getHelp;
    var units = [];
    if (offer.getHelp) {
      help.textContent = offer.headline + ' ' + offer.action + ' ' + offer.instead;
      units.push({ name: 'Stand up and move about gently', seconds: 60 });
    }
    offer.exercises.forEach(function (exercise) {
      var item = document.createElement('li');
      var name = document.createElement('strong');
      name.textContent = exercise.name + ' (' + exercise.seconds + ' s)';
      item.appendChild(name);
      var steps = document.createElement('ul');
      exercise.steps.forEach(function (line) {
        var step = document.createElement('li');
        step.textContent = line;
        steps.appendChild(step);
      });
      item.appendChild(steps);
      list.appendChild(item);
      units.push({ name: exercise.name, seconds: exercise.seconds });
    });
    var index = 0;
    var ends = 0;
    function next() {
      if (index >= units.length) {
        el('break-exercise').textContent = 'All done.';
        el('break-clock').textContent = '';
        el('break-done').focus();
        return;
      }
      el('break-exercise').textContent = units[index].name + ':';
      ends = Date.now() + units[index].seconds * 1000 / speed;
      tick();
    }
    function tick() {
      var left = (ends - Date.now()) * speed / 1000;
      el('break-clock').textContent = clockFace(left) + ' to go';
      if (left <= 0) {
        index += 1;
        next();
        return;
      }
      countdown = window.setTimeout(tick, Math.min(1000, 1000 / speed * 4));
    }
    next();
  }

  el('break-start').addEventListener('click', function () { act('start'); });
  el('break-now').addEventListener('click', function () { act('start'); });
  el('break-postpone').addEventListener('click', function () { act('postpone'); });
  el('break-skip').addEventListener('click', function () { act('skip'); });
  el('break-done').addEventListener('click', function () { act('done'); });
  el('break-pause').addEventListener('click', function () { act('pause', { minutes: 60 }); });
  el('break-tomorrow').addEventListener('click', function () { act('pause', { untilTomorrow: true }); });
  el('break-resume').addEventListener('click', function () { act('resume'); });

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      check();
    } else if (!keepHidden.checked) {
      el('break-status').textContent = 'Reminders pause while this tab is hidden.';
    }
  });

  // Notifications outside the page, with the person's permission.
  var notifyState = el('notify-state');
  var notifyAllow = el('notify-allow');
  function notifications() {
    if (!('Notification' in window)) {
      notifyState.textContent = 'This browser cannot show notifications: the reminders show on this page.';
      return;
    }
    var permission = window.Notification.permission;
    notifyAllow.hidden = permission !== 'default';
    notifyState.textContent = permission === 'granted'
      ? 'Notifications are on: a break shows outside this page too.'
      : permission === 'denied'
        ? 'Notifications are blocked for this site: the reminders show on this page.'
        : 'With your permission, a break also shows as a notification outside this page.';
  }
  notifyAllow.addEventListener('click', function () {
    window.Notification.requestPermission().then(notifications, notifications);
  });
  notifications();

  // Time away from the keyboard: the Idle Detection API where there is one.
  var idleState = el('idle-state');
  var idleAllow = el('idle-allow');
  function watchIdle() {
    var detector = new window.IdleDetector();
    detector.addEventListener('change', function () {
      var away = detector.userState === 'idle' || detector.screenState === 'locked';
      if (away && idleSince === null) {
        idleSince = Date.now() - 60000;
      } else if (!away && idleSince !== null) {
        var seconds = idleSeconds();
        idleSince = null;
        post('check', { idleSeconds: seconds }).then(show, problem);
      }
    });
    return detector.start({ threshold: 60000 }).then(function () {
      idleAllow.hidden = true;
      idleState.textContent = 'unknot notices when you step away: time away long enough counts as a break.';
    });
  }
  if ('IdleDetector' in window) {
    idleState.textContent = 'With your permission, time away from the computer counts as a break.';
    idleAllow.hidden = false;
    idleAllow.addEventListener('click', function () {
      window.IdleDetector.requestPermission().then(function (permission) {
        if (permission === 'granted') {
          return watchIdle();
        }
        idleState.textContent = 'Not allowed: breaks count from the last one.';
      }).catch(function () {
        idleState.textContent = 'This browser could not watch for time away: breaks count from the last one.';
      });
    });
  } else {
    idleState.textContent = 'This browser cannot tell when you step away: breaks count from the last one you took here or in the terminal.';
  }

  check();
}());
