//! How each column was understood, with a picker to correct it; asks for needed fields
//! (handle or name, followers) that no header named.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::view::Overview;
use crate::domain::{DecimalMark, Field, MarkDecidedBy};
use crate::i18n::{column_note, field_name};
use crate::ui::components::select::Select;
use crate::ui::state::Shared;
use crate::ui::Locale;

#[derive(Properties, PartialEq)]
pub struct ColumnsPanelProps {
    /// The roster shown: its columns.
    pub overview: Shared<Overview>,
    /// The user maps column `index` to a field (or to nothing).
    pub on_map: Callback<(usize, Option<Field>)>,
}

#[component]
pub fn ColumnsPanel(props: &ColumnsPanelProps) -> Html {
    let loc = use_context::<Locale>().unwrap_or_default();
    let roster = &props.overview.head;
    let open = !roster.missing.is_empty();
    html! {
        <details class="panel columns" open={open}>
            <summary><h2>{ loc.t("columns.heading") }</h2></summary>
            { for roster.missing.iter().map(|f| html! {
                <p class="error">{ loc.tf("columns.missing", &[("field", &field_name(loc.lang, *f))]) }</p>
            }) }
            <p class="hint">{ loc.t("columns.hint") }</p>
            <table>
                <thead><tr>
                    <th scope="col">{ loc.t("columns.header") }</th>
                    <th scope="col">{ loc.t("columns.field") }</th>
                </tr></thead>
                <tbody>
                { for roster.columns.iter().enumerate().map(|(i, c)| {
                    let onchange = props.on_map.reform(move |e: Event| {
                        let select: HtmlSelectElement = e.target_unchecked_into();
                        (i, Field::from_id(&select.value()))
                    });
                    let label = loc.tf("columns.select", &[("header", &c.header)]);
                    let decimal = c.decimal.filter(|_| c.ambiguous_cells > 0).map(|(mark, by)| {
                        if by == MarkDecidedBy::Thousands {
                            return loc.t("columns.why.thousands");
                        }
                        let mark = loc.t(match mark { DecimalMark::Dot => "columns.mark.dot", DecimalMark::Comma => "columns.mark.comma" });
                        let why = loc.t(match by {
                            MarkDecidedBy::Column => "columns.why.column",
                            MarkDecidedBy::OtherColumns => "columns.why.other_columns",
                            MarkDecidedBy::Delimiter => "columns.why.delimiter",
                            MarkDecidedBy::FieldDefault => "columns.why.field_default",
                            MarkDecidedBy::Thousands => "columns.why.thousands",
                        });
                        loc.tf("columns.decimal", &[("mark", &mark), ("why", &why)])
                    });
                    html! {
                        <tr>
                            <th scope="row">{ c.header.clone() }</th>
                            <td>
                                <Select label={label} value={c.field.map_or("", |f| f.id())} {onchange}>
                                    <option value="" selected={c.field.is_none()}>{ loc.t("columns.ignore") }</option>
                                    { for Field::ALL.iter().map(|f| html! {
                                        <option value={f.id()} selected={c.field == Some(*f)}>{ field_name(loc.lang, *f) }</option>
                                    }) }
                                </Select>
                                if let Some(d) = decimal { <span class="hint">{ format!(" {d}") }</span> }
                                if let Some(note) = column_note(loc.lang, &loc.nf, roster, i) { <span class="hint column-note">{ format!(" {note}") }</span> }
                            </td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </details>
    }
}
