// The guided session's timers. The page works without this script (the steps are listed and the form
// records them by hand); with it, the stop signs are checked first, then each hold counts down, a short
// tone marks its end (if sound is on), and the form is filled in as the steps run.
(function () {
  'use strict';
  var form = document.getElementById('session-form');
  if (!form) {
    return;
  }
  form.classList.add('js');
  var schedule = JSON.parse(form.getAttribute('data-schedule'));
  var speed = Math.max(1, Math.min(1000, parseInt(form.getAttribute('data-speed'), 10) || 1));
  var el = function (id) { return document.getElementById(id); };
  var runner = el('runner');
  var sound = el('sound-toggle');
  var audio = null;
  var step = 0;
  var unit = 0;
  var remaining = 0;
  var total = 0;
  var counted = [];
  var paused = false;
  var timer = null;
  var TICK = 100;

  try {
    sound.checked = window.localStorage.getItem('unknot.sound') !== 'off';
  } catch (e) { /* storage may be off: keep the default */ }
  sound.addEventListener('change', function () {
    try {
      window.localStorage.setItem('unknot.sound', sound.checked ? 'on' : 'off');
    } catch (e) { /* nothing to remember it in */ }
  });

  function beep() {
    if (!sound.checked || !audio) {
      return;
    }
    var oscillator = audio.createOscillator();
    var gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.value = 0.2;
    oscillator.connect(gain);
    gain.connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.25);
  }

  function clock(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function say(text) {
    el('announce').textContent = text;
  }

  function showUnit() {
    var current = schedule[step];
    var u = current.units[unit];
    total = u.seconds * 1000;
    remaining = total;
    el('step-count').textContent = 'Step ' + (step + 1) + ' of ' + schedule.length;
    el('step-title').textContent = current.name;
    el('step-dose').textContent = current.dose;
    var picture = el('step-picture');
    if (current.picture) {
      picture.src = current.picture.src;
      picture.alt = current.picture.alt;
      picture.hidden = false;
    } else {
      picture.hidden = true;
      picture.removeAttribute('src');
      picture.alt = '';
    }
    var list = el('step-instructions');
    list.textContent = '';
    current.instructions.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    var side = u.side === 'centre' ? '' : (u.side === 'left' ? 'Left side' : 'Right side');
    var reps = u.rest ? 'Rest' : (u.repetitions > 0 ? u.repetitions + ' repetitions' : 'Hold');
    el('unit-label').textContent = [side, reps].filter(Boolean).join(': ');
    say(current.name + (side ? ', ' + side.toLowerCase() : '') + ': ' + clock(u.seconds) + '.');
    draw();
  }

  function draw() {
    el('countdown-digits').textContent = clock(remaining / 1000);
    el('countdown-fill').style.width = (total === 0 ? 0 : 100 * (total - remaining) / total) + '%';
  }

  function record(outcome) {
    var seconds = Math.round(counted[step] || 0);
    el('step-' + step).value = outcome;
    el('seconds-' + step).value = String(seconds);
  }

  function nextStep(outcome) {
    record(outcome);
    step += 1;
    unit = 0;
    if (step >= schedule.length) {
      finish(true);
    } else {
      showUnit();
    }
  }

  function tick() {
    if (paused) {
      return;
    }
    var spent = TICK * speed;
    remaining -= spent;
    counted[step] = (counted[step] || 0) + spent / 1000;
    if (remaining > 0) {
      draw();
      return;
    }
    remaining = 0;
    draw();
    beep();
    unit += 1;
    if (unit < schedule[step].units.length) {
      say('Done. Now the other side.');
      showUnit();
    } else {
      say('Step done.');
      nextStep('done');
    }
  }

  function finish(complete) {
    window.clearInterval(timer);
    for (var rest = step; rest < schedule.length; rest++) {
      if (rest > step || !complete) {
        el('step-' + rest).value = 'not-reached';
        el('seconds-' + rest).value = String(Math.round(counted[rest] || 0));
      }
    }
    runner.hidden = true;
    el('after').hidden = false;
    say(complete ? 'Session complete. How is the pain now?' : 'Session stopped. How is the pain now?');
    el('pain-after').focus();
  }

  el('start-session').addEventListener('click', function () {
    var signs = form.querySelectorAll('fieldset.stop-sign');
    var open = 0;
    var yes = false;
    signs.forEach(function (fieldset) {
      var checked = fieldset.querySelector('input:checked');
      if (!checked) {
        open += 1;
      } else if (checked.value === 'yes') {
        yes = true;
      }
    });
    if (yes) {
      form.submit();
      return;
    }
    var pain = el('pain-before');
    if (open > 0 || !pain.checkValidity() || pain.value === '') {
      el('start-error').textContent = open > 0
        ? 'Answer every stop sign first (' + open + ' still open). If you are not sure, do not start.'
        : 'Give your pain right now, a whole number from 0 to 10.';
      return;
    }
    el('start-error').textContent = '';
    el('started-at').value = String(Date.now());
    try {
      audio = new (window.AudioContext || window.webkitAudioContext)();
    } catch (e) {
      audio = null;
    }
    el('stop-signs').hidden = true;
    el('steps').hidden = true;
    el('after').hidden = true;
    runner.hidden = false;
    showUnit();
    el('pause').focus();
    timer = window.setInterval(tick, TICK);
  });

  el('pause').addEventListener('click', function () {
    paused = !paused;
    el('pause').textContent = paused ? 'Resume' : 'Pause';
    say(paused ? 'Paused.' : 'Going on.');
  });
  el('repeat').addEventListener('click', function () {
    remaining = total;
    draw();
  });
  el('skip').addEventListener('click', function () { nextStep('skipped'); });
  el('next').addEventListener('click', function () { nextStep('done'); });
  el('quit').addEventListener('click', function () { finish(false); });
})();
