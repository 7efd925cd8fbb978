// The playground: parse what is in the text area with wirecopy (the bundle
// `wirecopy.js` sets `globalThis.wirecopy`), show the highlighted view and
// the Article's JSON. Plain script, no build step of its own.
;(function () {
  'use strict'
  var api = globalThis.wirecopy
  var text = document.getElementById('text')
  var published = document.getElementById('published')
  var status = document.getElementById('status')
  var view = document.getElementById('view')
  var json = document.getElementById('json')

  if (!api) {
    document.getElementById('missing').hidden = false
    document.querySelector('main').hidden = true
    return
  }

  /** Parse the text area and show the result. */
  function parse() {
    var options = published.value ? {published: published.value} : undefined
    try {
      var started = performance.now()
      var article = api.parseDispatch(text.value, options)
      var took = performance.now() - started
      view.innerHTML = api.toHtml(article, text.value, {fragment: true})
      json.textContent = JSON.stringify(article, null, 2)
      status.className = ''
      status.textContent =
        count(article.entities.length, 'entity', 'entities') + ', ' + count(article.dates.length, 'date', 'dates') + ', ' +
        count(article.quotes.length, 'quote', 'quotes') + ' in ' + took.toFixed(1) + ' ms'
    } catch (error) {
      status.className = 'error'
      status.textContent = String(error && error.message ? error.message : error)
    }
  }

  /** A number and its noun: `1 quote`, `2 quotes`. */
  function count(number, one, many) {
    return number + ' ' + (number === 1 ? one : many)
  }

  /** Show one of the two panels. */
  function show(tab) {
    var onView = tab === 'view'
    document.getElementById('tab-view').setAttribute('aria-selected', String(onView))
    document.getElementById('tab-json').setAttribute('aria-selected', String(!onView))
    view.hidden = !onView
    json.hidden = onView
  }

  var samples = document.getElementById('samples')
  Object.keys(api.samples).forEach(function (name) {
    var button = document.createElement('button')
    button.type = 'button'
    button.textContent = name
    button.dataset.sample = name
    button.addEventListener('click', function () {
      text.value = api.samples[name]
      published.value = ''
      parse()
    })
    samples.appendChild(button)
  })

  document.getElementById('parse').addEventListener('click', parse)
  document.getElementById('tab-view').addEventListener('click', function () { show('view') })
  document.getElementById('tab-json').addEventListener('click', function () { show('json') })
  text.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) parse()
  })
  published.addEventListener('change', parse)

  var first = api.samples['reuters-modern'] ? 'reuters-modern' : Object.keys(api.samples)[0]
  if (first && !text.value) text.value = api.samples[first]
  parse()
})()
