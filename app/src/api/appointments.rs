//! Appointments with library staff.

use libranet_core::appointments::{
    BookSlot, CancelAppointment, MyAppointments, SlotFields, SlotView,
};

use super::{ApiFailure, get, post, send_empty, send_json};

pub async fn open_slots() -> Result<Vec<SlotView>, ApiFailure> {
    get("/appointments").await
}

pub async fn my_appointments() -> Result<MyAppointments, ApiFailure> {
    get("/appointments/mine").await
}

pub async fn publish_slots(body: &SlotFields) -> Result<Vec<SlotView>, ApiFailure> {
    send_json(post("/appointments"), body).await
}

pub async fn book_slot(id: i64, body: &BookSlot) -> Result<SlotView, ApiFailure> {
    send_json(post(&format!("/appointments/{id}/book")), body).await
}

pub async fn cancel_slot(id: i64, body: &CancelAppointment) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/appointments/{id}/cancel")), body).await
}
