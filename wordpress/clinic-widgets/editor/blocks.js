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

  function attributeControl(name, spec, attributes, setAttributes) {
    var value = attributes[spec.key];
    var set = function (next) {
      var change = {};
      change[spec.key] = next;
      setAttributes(change);
    };
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
    if (tag === 'crisis-banner') {
      return el(
        c.PanelBody,
        { title: s.content, initialOpen: false },
        el('p', null, s.linesHelp),
        el(c.TextControl, {
          label: s.emergency,
          value: attributes.emergency || '',
          onChange: function (value) {
            setAttributes({ emergency: value });
          },
        }),
        listControl({
          items: attributes.lines,
          addLabel: s.addLine,
          fields: [
            { name: 'name', label: s.lineName },
            { name: 'call', label: s.lineCall },
            { name: 'text', label: s.lineText },
            { name: 'url', label: s.lineUrl },
            { name: 'hours', label: s.lineHours },
          ],
          onChange: function (lines) {
            setAttributes({ lines: lines });
          },
        }),
        el(c.TextareaControl, {
          label: s.fallback,
          value: attributes.fallback || '',
          onChange: function (value) {
            setAttributes({ fallback: value });
          },
        }),
      );
    }
    if (tag === 'faq-list') {
      return el(
        c.PanelBody,
        { title: s.content, initialOpen: false },
        listControl({
          items: attributes.items,
          addLabel: s.addQuestion,
          fields: [
            { name: 'question', label: s.question },
            { name: 'answer', label: s.answer, multiline: true },
            { name: 'id', label: s.questionId },
          ],
          onChange: function (items) {
            setAttributes({ items: items });
          },
        }),
      );
    }
    if (tag === 'key-takeaways') {
      return el(
        c.PanelBody,
        { title: s.content, initialOpen: false },
        el('p', null, s.pointsHelp),
        el(c.TextControl, {
          label: s.pointsTitle,
          value: attributes.pointsTitle || '',
          onChange: function (value) {
            setAttributes({ pointsTitle: value });
          },
        }),
        listControl({
          items: attributes.points,
          addLabel: s.addPoint,
          fields: [{ name: 'text', label: s.point, multiline: true }],
          onChange: function (points) {
            setAttributes({ points: points });
          },
        }),
      );
    }
    if (tag === 'source-list') {
      return el(
        c.PanelBody,
        { title: s.content, initialOpen: false },
        el('p', null, s.sourcesHelp),
        el(c.TextControl, {
          label: s.sourcesTitle,
          value: attributes.sourcesTitle || '',
          onChange: function (value) {
            setAttributes({ sourcesTitle: value });
          },
        }),
        listControl({
          items: attributes.sources,
          addLabel: s.addSource,
          fields: [
            { name: 'authors', label: s.sourceAuthors },
            { name: 'publisher', label: s.sourcePublisher },
            { name: 'year', label: s.sourceYear },
            { name: 'title', label: s.sourceTitle },
            { name: 'journal', label: s.sourceJournal },
            { name: 'url', label: s.sourceUrl },
            { name: 'note', label: s.sourceNote, multiline: true },
            { name: 'id', label: s.sourceId },
          ],
          onChange: function (sources) {
            setAttributes({ sources: sources });
          },
        }),
      );
    }
    if (tag === 'evidence-card') {
      return el(
        c.PanelBody,
        { title: s.content, initialOpen: false },
        el(JsonControl, {
          label: s.evidence,
          help: s.evidenceHelp,
          value: attributes.evidence,
          onChange: function (evidence) {
            setAttributes({ evidence: evidence });
          },
        }),
      );
    }
    if (tag === 'cost-estimate') {
      return el(
        c.PanelBody,
        { title: s.content, initialOpen: false },
        el(JsonControl, {
          label: s.prices,
          help: s.pricesHelp,
          value: attributes.prices,
          onChange: function (prices) {
            setAttributes({ prices: prices });
          },
        }),
      );
    }
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
