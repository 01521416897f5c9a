/**
 * The blocks' editor side, in plain JavaScript on WordPress's globals (no build step).
 *
 * Each block's controls come from the element's attributes in custom-elements.json (passed
 * in by PHP as window.clinicWidgetsEditor): a toggle for a boolean, a select for a set of
 * values, a text or number field otherwise. The clinic's own content (crisis lines, FAQ
 * entries, evidence) is edited as structured attributes; the server writes it out as the
 * element's JSON child, and the preview is the server's own rendering.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !data) {
    return;
  }
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var useState = wp.element.useState;
  var be = wp.blockEditor;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;
  var s = data.strings;

  /** Sets one block attribute: the onChange of the control that edits it. */
  function setter(key, setAttributes) {
    return function (next) {
      var change = {};
      change[key] = next;
      setAttributes(change);
    };
  }

  function attributeControl(name, spec, attributes, setAttributes) {
    var value = attributes[spec.key];
    var set = setter(spec.key, setAttributes);
    var label = name;
    var help = spec.description;
    if (spec.type === 'boolean') {
      return el(c.ToggleControl, {
        key: name,
        label: label,
        help: help,
        checked: !!value,
        onChange: set,
      });
    }
    if (spec.type === 'enum') {
      var options = [
        { label: spec.default ? s.default + ' (' + spec.default + ')' : s.default, value: '' },
      ];
      spec.values.forEach(function (v) {
        options.push({ label: v, value: v });
      });
      return el(c.SelectControl, {
        key: name,
        label: label,
        help: help,
        value: value || '',
        options: options,
        onChange: function (next) {
          set(next || undefined);
        },
      });
    }
    return el(c.TextControl, {
      key: name,
      label: label,
      help: help,
      type: spec.type === 'number' ? 'number' : spec.type === 'url' ? 'url' : 'text',
      value: value === undefined || value === null ? '' : String(value),
      onChange: function (next) {
        if (next === '') {
          set(undefined);
        } else if (spec.type === 'number') {
          var number = Number(next);
          set(isNaN(number) ? undefined : number);
        } else {
          set(next);
        }
      },
    });
  }

  /** A list of objects edited field by field (crisis lines, FAQ entries). */
  function listControl(props) {
    var items = Array.isArray(props.items) ? props.items : [];
    var update = function (index, field, value) {
      var next = items.map(function (item, i) {
        if (i !== index) {
          return item;
        }
        var copy = Object.assign({}, item);
        copy[field] = value;
        return copy;
      });
      props.onChange(next);
    };
    return el(
      Fragment,
      null,
      items.map(function (item, index) {
        return el(
          'div',
          { key: index, className: 'clinic-widgets-editor-item' },
          props.fields.map(function (field) {
            var Control = field.multiline ? c.TextareaControl : c.TextControl;
            return el(Control, {
              key: field.name,
              label: field.label + ' (' + (index + 1) + ')',
              value: item[field.name] || '',
              onChange: function (value) {
                update(index, field.name, value);
              },
            });
          }),
          index > 0 &&
            el(
              c.Button,
              {
                variant: 'secondary',
                onClick: function () {
                  var next = items.slice();
                  next.splice(index - 1, 0, next.splice(index, 1)[0]);
                  props.onChange(next);
                },
              },
              s.moveUp,
            ),
          el(
            c.Button,
            {
              variant: 'secondary',
              isDestructive: true,
              onClick: function () {
                props.onChange(
                  items.filter(function (_, i) {
                    return i !== index;
                  }),
                );
              },
            },
            s.remove,
          ),
        );
      }),
      el(
        c.Button,
        {
          variant: 'primary',
          onClick: function () {
            props.onChange(items.concat([{}]));
          },
        },
        props.addLabel,
      ),
    );
  }

  /** A JSON textarea for a block's structured content (the clinic's evidence or prices). */
  function JsonControl(props) {
    var initial = props.value ? JSON.stringify(props.value, null, 2) : '';
    var state = useState(initial);
    var text = state[0];
    var setText = state[1];
    var errorState = useState(false);
    return el(
      Fragment,
      null,
      el(c.TextareaControl, {
        label: props.label,
        help: props.help,
        rows: 12,
        value: text,
        onChange: function (next) {
          setText(next);
          if (next.trim() === '') {
            errorState[1](false);
            props.onChange(undefined);
            return;
          }
          try {
            var parsed = JSON.parse(next);
            errorState[1](false);
            props.onChange(
              parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined,
            );
          } catch (e) {
            errorState[1](true);
          }
        },
      }),
      errorState[0] && el(c.Notice, { status: 'warning', isDismissible: false }, s.invalidJson),
    );
  }

  function contentControls(tag, attributes, setAttributes) {
    // Each control edits one attribute: its value in, its change out.
    function panel() {
      var children = Array.prototype.slice.call(arguments);
      return el.apply(
        null,
        [c.PanelBody, { title: s.content, initialOpen: false }].concat(children),
      );
    }
    function text(key, label, Control) {
      return el(Control || c.TextControl, {
        label: label,
        value: attributes[key] || '',
        onChange: setter(key, setAttributes),
      });
    }
    function list(key, addLabel, fields) {
      return listControl({
        items: attributes[key],
        addLabel: addLabel,
        fields: fields,
        onChange: setter(key, setAttributes),
      });
    }
    function json(key, label, help) {
      return el(JsonControl, {
        label: label,
        help: help,
        value: attributes[key],
        onChange: setter(key, setAttributes),
      });
    }
    if (tag === 'crisis-banner') {
      return panel(
        el('p', null, s.linesHelp),
        text('emergency', s.emergency),
        list('lines', s.addLine, [
          { name: 'name', label: s.lineName },
          { name: 'call', label: s.lineCall },
          { name: 'text', label: s.lineText },
          { name: 'url', label: s.lineUrl },
          { name: 'hours', label: s.lineHours },
        ]),
        text('fallback', s.fallback, c.TextareaControl),
      );
    }
    if (tag === 'faq-list') {
      return panel(
        list('items', s.addQuestion, [
          { name: 'question', label: s.question },
          { name: 'answer', label: s.answer, multiline: true },
          { name: 'id', label: s.questionId },
        ]),
      );
    }
    if (tag === 'key-takeaways') {
      return panel(
        el('p', null, s.pointsHelp),
        text('pointsTitle', s.pointsTitle),
        list('points', s.addPoint, [{ name: 'text', label: s.point, multiline: true }]),
      );
    }
    if (tag === 'source-list') {
      return panel(
        el('p', null, s.sourcesHelp),
        text('sourcesTitle', s.sourcesTitle),
        list('sources', s.addSource, [
          { name: 'authors', label: s.sourceAuthors },
          { name: 'publisher', label: s.sourcePublisher },
          { name: 'year', label: s.sourceYear },
          { name: 'title', label: s.sourceTitle },
          { name: 'journal', label: s.sourceJournal },
          { name: 'url', label: s.sourceUrl },
          { name: 'note', label: s.sourceNote, multiline: true },
          { name: 'id', label: s.sourceId },
        ]),
      );
    }
    if (tag === 'evidence-card') return panel(json('evidence', s.evidence, s.evidenceHelp));
    if (tag === 'cost-estimate') return panel(json('prices', s.prices, s.pricesHelp));
    return null;
  }

  Object.keys(data.elements).forEach(function (tag) {
    var element = data.elements[tag];
    var container = tag === 'clinic-context' || tag === 'medical-disclaimer';
    wp.blocks.registerBlockType(element.block, {
      edit: function (props) {
        var blockProps = be.useBlockProps();
        var controls = Object.keys(element.attributes).map(function (name) {
          return attributeControl(
            name,
            element.attributes[name],
            props.attributes,
            props.setAttributes,
          );
        });
        var inspector = el(
          be.InspectorControls,
          null,
          el(c.PanelBody, { title: s.attributes }, controls),
          contentControls(tag, props.attributes, props.setAttributes),
        );
        var body;
        if (tag === 'clinic-context') {
          body = el('div', null, el('p', null, s.contextHelp), el(be.InnerBlocks));
        } else if (tag === 'medical-disclaimer') {
          body = el(
            'div',
            null,
            el(ServerSideRender, { block: element.block, attributes: props.attributes }),
            el('p', null, s.disclaimerText),
            el(be.InnerBlocks, { allowedBlocks: ['core/paragraph', 'core/list', 'core/heading'] }),
          );
        } else {
          body = el(ServerSideRender, { block: element.block, attributes: props.attributes });
        }
        return el('div', blockProps, inspector, body);
      },
      save: function () {
        return container ? el(be.InnerBlocks.Content) : null;
      },
    });
  });
})(window.wp, window.clinicWidgetsEditor);
